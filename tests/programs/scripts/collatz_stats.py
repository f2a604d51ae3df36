# Collatz sequence statistics for starting values below 3000.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


def collatz_peak(n):
    peak = n
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        peak = max(peak, n)
    return peak


best = 1
best_len = 0
total = 0
highest = 0
highest_start = 1
for n in range(1, 3000):
    length = collatz_len(n)
    total = total + length
    if length > best_len:
        best_len = length
        best = n
        print("new record:", n, "takes", length, "steps")
    p = collatz_peak(n)
    if p > highest:
        highest = p
        highest_start = n
print("longest:", best, best_len)
print("average steps:", total / 2999)
print("highest peak:", highest, "from", highest_start)
