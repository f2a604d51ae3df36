# math's accurate hypot, logs of big ints and the integer functions, over many values.
import math

seed = 12345


def rand() -> float:
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (2**64)
    return (seed >> 11) / 2**53


checksum = 0
for i in range(3000):
    scale = 10.0 ** int(rand() * 40 - 20)
    x = (rand() - 0.5) * scale
    y = (rand() - 0.5) * scale
    z = (rand() - 0.5) * scale * 1e-3
    h2 = math.hypot(x, y)
    h3 = math.hypot(x, y, z)
    if i < 5:
        print(x, y, z, h2, h3)
    checksum = (checksum * 31 + hash(h2) + 7 * hash(h3)) % 1000000007
print("hypot checksum", checksum)
print(math.hypot(5e-324, 5e-324), math.hypot(1e-320, 3e-320, 1e-321), math.hypot(1.7e308, 1.7e308))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-math.inf, 2))

for k in [1, 2, 3, 10, 100, 1000, 10000]:
    n = 7**k + 3
    print(k, math.log(n), math.log2(n), math.log10(n), math.log(n, 7), math.log(n, 2.5))
for n in [2**1023, 2**1024, 2**1024 - 1, 10**308 * 17, 2**5000 + 1]:
    print(math.log(n), math.log2(n), math.log10(n))

print([math.factorial(n) % 1000003 for n in range(0, 200, 13)])
print(len(str(math.factorial(1000))), math.factorial(1000) % 10**20)
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**40 + 1, 2**200]])
print(math.gcd(2**100, 6**50), math.gcd(0, 0), math.gcd(-12, -18), math.lcm(-4, 6), math.lcm(2**64, 3**40))
print([math.comb(30, k) for k in range(0, 31, 5)], math.comb(1000, 500) % 1000000007)
print([math.perm(10, k) for k in range(0, 12, 2)], math.perm(0), math.perm(30, 30) == math.factorial(30))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e20), math.ceil(-1e20), math.trunc(2.5e30))
print(math.floor(10**30), math.ceil(-(10**30)), math.trunc(False))
print(math.ldexp(1.0, 1023), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-3.0, -10**20))
print(math.ldexp(math.inf, 5), math.ldexp(0.5, True), math.ldexp(7, 2))
print(math.isclose(1e-300, 2e-300), math.isclose(1e-300, 2e-300, abs_tol=1e-299), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(5, 5.000000001, rel_tol=1e-9), math.isclose(True, 1))
