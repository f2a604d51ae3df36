# Binomial coefficients, Catalan numbers and Pascal's rule with big values.
def binom(n, k):
    if k < 0 or k > n:
        return 0
    if k > n - k:
        k = n - k
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


print(binom(100, 50))
print(binom(200, 100))
print(binom(64, 32), binom(66, 33), binom(68, 34), binom(70, 35))
print(binom(1000, 3), binom(1000, 997), binom(10 ** 20, 2), binom(2 ** 64, 3))
# row 120 of Pascal's triangle: sum is 2**120, alternating sum is 0
n = 120
total = 0
alt = 0
sq = 0
c = 1
for k in range(n + 1):
    total = total + c
    if k % 2 == 0:
        alt = alt + c
    else:
        alt = alt - c
    sq = sq + c * c
    if k % 15 == 0:
        print(k, c)
    c = c * (n - k) // (k + 1)
print(total == 2 ** 120, alt, sq == binom(240, 120))
# Catalan numbers C(n) = binom(2n, n) / (n + 1), and the recurrence C(n+1) = C(n) * 2(2n+1) / (n+2)
cat = 1
for m in range(0, 101):
    if m % 10 == 0 or m == 35 or m == 36:
        print("C(" + str(m) + ") =", cat, cat == binom(2 * m, m) // (m + 1))
    cat = cat * 2 * (2 * m + 1) // (m + 2)
# Vandermonde: sum binom(60, k) * binom(70, 40 - k) == binom(130, 40)
v = 0
for k in range(41):
    v = v + binom(60, k) * binom(70, 40 - k)
print(v, binom(130, 40), v == binom(130, 40))
