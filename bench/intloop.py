# Benchmark: integer loops with %, // and comparisons.
#
# Size: Collatz chain lengths for every start below 2,000,000 (about 277
# million steps), then 10,000,000 rounds of a linear congruential generator
# mixed into a running hash with % and //.  All values stay below 2**63.

N = 2000000
ROUNDS = 10000000


def collatz_total(limit):
    total = 0
    best = 0
    best_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps = steps + 1
        total = total + steps
        if steps > best:
            best = steps
            best_start = start
    print("collatz total steps:", total)
    print("longest chain:", best_start, best)
    return total


def lcg_mix(rounds, seed):
    x = seed
    h = 0
    buckets = 0
    for i in range(rounds):
        x = (x * 1103515245 + 12345) % 2147483648
        h = (h * 31 + x // 65536) % 1000000007
        if x % 7 == 3:
            buckets = buckets + x // 1000 % 10
    print("lcg state:", x)
    print("lcg hash:", h, "buckets:", buckets)
    return h


t = collatz_total(N)
m = lcg_mix(ROUNDS, t % 2147483648)
print("combined:", (t + m) % 1000000007)
