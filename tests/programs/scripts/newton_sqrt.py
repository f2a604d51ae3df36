# Newton's method for square roots and integer square roots.
def sqrt_newton(x):
    if x == 0.0:
        return 0.0
    g = x
    if g < 1.0:
        g = 1.0
    for i in range(2000):
        nxt = 0.5 * (g + x / g)
        if nxt == g:
            break
        g = nxt
    return g


def isqrt(n):
    if n < 2:
        return n
    x = n // 2 + 1
    y = (x + n // x) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


for v in range(0, 11):
    print(v, sqrt_newton(v * 1.0), v ** 0.5)
print(sqrt_newton(2.0), 2 ** 0.5, sqrt_newton(1e-10), sqrt_newton(1e300))
for n in range(0, 20):
    print(n, isqrt(n), end="; ")
print()
print(isqrt(9223372036854775807), isqrt(4611686014132420609), isqrt(4611686014132420608))
