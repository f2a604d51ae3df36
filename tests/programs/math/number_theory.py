import math
from math import gcd, lcm, isqrt, comb, perm, factorial

def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in range(2, isqrt(n) + 1):
        if n % p == 0:
            return False
    return True

def is_square(n: int) -> bool:
    r = math.isqrt(n)
    return r * r == n

def totient(n: int) -> int:
    return sum(1 for k in range(1, n + 1) if gcd(n, k) == 1)

print([p for p in range(60) if is_prime(p)])
print([n for n in range(200) if is_square(n)])
print([totient(n) for n in range(1, 25)])
print(lcm(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), gcd(2**100, 6**50), lcm(2**64, 3**40))
print(math.isqrt(10**100), isqrt(2 * 10**60), is_square(12345678987654321**2))
catalan = [comb(2 * n, n) // (n + 1) for n in range(15)]
print(catalan)
print([perm(6, k) for k in range(8)], [comb(6, k) for k in range(8)])
print(factorial(50), len(str(factorial(500))), str(factorial(100))[-30:])
print(sum(int(d) for d in str(factorial(100))))
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(gcd(fib[99], fib[98]), math.log(fib[99]) / math.log((1 + math.sqrt(5)) / 2))
print(math.gcd(-0, -7), math.lcm(-7, 0), math.gcd(True, True), math.lcm(True, 3))
print(math.floor(7 / 2), math.ceil(-7 / 2), math.trunc(10**20 / 3), math.floor(10**30), type(math.floor(2.0)).__name__)
print(math.isqrt(True), math.factorial(True), math.comb(True, 0), isqrt(0))
x = 2**521 - 1
print(is_prime(127), x % 1000, math.log2(x), math.log(x, 2), math.log10(x))
