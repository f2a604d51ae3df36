# Benchmark: small-int arithmetic in tight loops -- the fast path of kiln's
# arbitrary-precision ints (every value here fits in a machine word, so this
# measures what the overflow checks and tag tests cost).
#
# Size: 60,000,000 rounds of a polynomial hash with +, *, %, //, ^ and
# comparisons, then a 5000 x 5000 double loop of multiply-adds.  Every
# intermediate value stays below 2**50 and is non-negative where % or // is
# applied.

ROUNDS = 60000000
SIDE = 5000


def hash_mix(rounds):
    h = 1
    total = 0
    odd = 0
    for i in range(rounds):
        h = (h * 31 + i) % 1000003
        total = total + h * 7 - i % 13
        if (h ^ i) % 3 == 1:
            odd = odd + h // 1024
    print("hash:", h)
    print("total:", total)
    print("odd:", odd)
    return total


def grid(side):
    acc = 0
    for y in range(side):
        row = y * y % 977
        for x in range(side):
            acc = acc + (row * x + y) % 1009
    print("grid:", acc)
    return acc


print("checksum:", (hash_mix(ROUNDS) + grid(SIDE)) % 1000000007)
