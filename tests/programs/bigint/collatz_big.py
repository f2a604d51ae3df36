# Collatz trajectories from big starting values: step counts, peaks, and when they drop below 2**63.
def collatz(start):
    n = start
    steps = 0
    peak = n
    below = -1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
        if n > peak:
            peak = n
        if below < 0 and n < 2 ** 63:
            below = steps
    print(start, "steps:", steps, "peak:", peak, "below 2**63 after:", below)
    return steps


total = 0
total = total + collatz(2 ** 100 - 1)
total = total + collatz(2 ** 64 + 1)
total = total + collatz(3 ** 80)
total = total + collatz(10 ** 40 + 7)
total = total + collatz(2 ** 500)
total = total + collatz(2 ** 256 - 189)
total = total + collatz(27)
total = total + collatz(9223372036854775807)
print("total steps:", total)
# an odd step from just below 2**63 / 3 jumps over the boundary
n = (2 ** 63 - 1) // 3
if n % 2 == 0:
    n = n + 1
print(n, 3 * n + 1, 3 * n + 1 > 2 ** 63 - 1)
