import math
from math import sqrt, pi, floor as fl

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, pi)
print(sqrt(2), math.sqrt(16), math.sqrt(True), math.sqrt(10**20))
print(math.floor(2.5), math.ceil(2.5), fl(-2.5), math.floor(7), math.ceil(True), math.trunc(-3.7), math.trunc(9))
print(math.exp(1), math.exp2(10), math.expm1(1e-10), math.log(10), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(1000), math.log1p(1e-10), math.log(10**400), math.log2(2**2000), math.log10(10**500))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(0.5), math.erfc(0.5), math.fabs(-3), math.degrees(math.pi), math.radians(180), math.cbrt(8))
print(math.atan2(1, 2), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.pow(2, 10), math.remainder(7, 3))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3), math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200))
print(math.ldexp(1.5, 3), math.ldexp(1.0, -1080), math.ldexp(0.0, 10**30))
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1.0), math.isfinite(1e308), math.isfinite(math.nan), math.isfinite(7))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.factorial(20), math.factorial(30), math.isqrt(10**30 + 5), math.gcd(12, 18), math.gcd(), math.gcd(-4), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5), math.comb(100, 50))
total = 0.0
for i in range(1, 1000):
    total += math.sqrt(i) * math.sin(i) / math.log(i + 1)
print(total)
