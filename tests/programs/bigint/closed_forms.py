# Closed forms with big n, checked against loops where the loop is short enough.
def tri(n):
    return n * (n - 1) // 2


def sum_squares(n):
    # 0**2 + 1**2 + ... + (n-1)**2
    return (n - 1) * n * (2 * n - 1) // 6


def sum_cubes(n):
    t = tri(n)
    return t * t


n = 10
while n <= 10 ** 30:
    print(n, tri(n), sum_squares(n), sum_cubes(n))
    n = n * 10 ** 5
print(tri(10 ** 10), tri(10 ** 20), tri(-(10 ** 20)), tri(2 ** 64), tri(2 ** 32 + 1))
# a loop sum starting from a big offset compared with the closed form
base = 10 ** 20
total = 0
sq = 0
for i in range(100000):
    total = total + (base + i)
    sq = sq + (base + i) * (base + i)
print(total, 100000 * base + tri(100000), total == 100000 * base + tri(100000))
expect = 100000 * base * base + 2 * base * tri(100000) + sum_squares(100000)
print(sq, expect, sq == expect)
# geometric series: 1 + 3 + 9 + ... + 3**(k-1) == (3**k - 1) // 2
g = 0
p = 1
for k in range(1, 121):
    g = g + p
    p = p * 3
    if k % 20 == 0:
        print(k, g, (3 ** k - 1) // 2 == g)
print((10 ** 20) * (10 ** 20 + 1) // 2 % 1000000007, tri(10 ** 20) % (2 ** 61 - 1))
