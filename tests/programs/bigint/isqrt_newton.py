# Integer square roots of big numbers by Newton's method; sqrt(2) to 500 places.
def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    y = (x + n // x) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def icbrt(n):
    lo = 0
    hi = 1 << (n.bit_length() // 3 + 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


for k in range(0, 25):
    n = 10 ** k + k
    r = isqrt(n)
    print(k, r, r * r <= n < (r + 1) * (r + 1))
big = 2 ** 64
print(isqrt(big), isqrt(big - 1), isqrt(big + 1), isqrt(2 ** 127), isqrt(2 ** 128 - 1))
print(isqrt(10 ** 100), isqrt(10 ** 101), isqrt((10 ** 50 + 7) ** 2), isqrt((10 ** 50 + 7) ** 2 - 1))
print(icbrt(10 ** 60), icbrt(10 ** 60 - 1), icbrt(3 ** 99), icbrt(2 ** 63), icbrt(2 ** 64 - 1))
s2 = isqrt(2 * 10 ** 1000)
print("sqrt(2) =", s2 // 10 ** 500, "point")
frac = s2 % 10 ** 500
print(frac // 10 ** 450)
print(frac % 10 ** 50)
print("check:", s2 * s2 <= 2 * 10 ** 1000 < (s2 + 1) * (s2 + 1), s2.bit_length())
# the golden ratio from sqrt(5)
s5 = isqrt(5 * 10 ** 200)
phi = (10 ** 100 + s5) // 2
print("phi =", phi)
print(phi / 10 ** 100)
# perfect squares detected exactly near 2**106
hits = 0
base = 2 ** 106
for d in range(-3000, 3000):
    n = base + d
    r = isqrt(n)
    if r * r == n:
        hits = hits + 1
        print("square:", n, "=", r, "** 2")
print("hits:", hits)
