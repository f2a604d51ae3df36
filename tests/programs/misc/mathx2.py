# math (variant of mathx.py: math.prod of a list instead of a range): number theory, primes, floats, errors.
import math

def sieve(n: int) -> list[int]:
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]


ps = sieve(200)
print(len(ps), ps[:10], ps[-3:])
print(math.gcd(1071, 462), math.lcm(4, 6, 10), math.gcd(0, 0), math.gcd(-12, 18))
print(math.comb(52, 5), math.perm(10, 3), math.factorial(25))
print(math.isqrt(10**20 + 12345), math.isqrt(99))
print(math.sqrt(2), math.exp(1), math.log(1000, 10), math.log2(1 << 40), math.log10(0.001))
print(math.sin(math.pi / 6), math.cos(math.pi), math.atan2(1, -1), math.degrees(math.pi / 3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(math.hypot(3, 4), math.dist([0, 0], [1, 1]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(1e308 * 10), float("inf") > 1e308)
print(1e16, 1e-5, 123456789.0, 0.1, 1 / 3, 2 ** 0.5, 10 ** 22 * 1.0, -0.0, 5e-324)
print(f"{math.pi:.10f} {math.e:e} {1234.5:,.2f} {0.000123:.2g} {1e100:g}")
print(math.prod([1, 2, 3, 4, 5]), math.prod(list(range(1, 21))))
for fn_name, arg in [("sqrt", -1.0), ("log", 0.0), ("acos", 2.0)]:
    try:
        if fn_name == "sqrt":
            math.sqrt(arg)
        elif fn_name == "log":
            math.log(arg)
        else:
            math.acos(arg)
    except ValueError as e:
        print(fn_name, "ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("factorial:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp:", e)
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect:", perfect)
print(2 ** 100, (2 ** 100).bit_length(), 7 ** 77 % 1000, pow(3, 1000, 17), pow(3, -1, 7))
