# Euclid's algorithm on big numbers with a while loop; lcm and extended Euclid.
def gcd(a, b):
    while b != 0:
        t = a % b
        a = b
        b = t
    return abs(a)


def lcm(a, b):
    return abs(a // gcd(a, b) * b)


def inverse(a, m):
    # extended Euclid without tuples: returns a**-1 mod m
    old_r = a
    r = m
    old_s = 1
    s = 0
    while r != 0:
        q = old_r // r
        t = old_r - q * r
        old_r = r
        r = t
        t = old_s - q * s
        old_s = s
        s = t
    return old_s % m


print(gcd(2 ** 100 - 1, 2 ** 60 - 1), 2 ** 20 - 1)
print(gcd(10 ** 40, 6 ** 30), gcd(-(10 ** 40), 6 ** 30), gcd(10 ** 40, -(6 ** 30)), gcd(0, 3 ** 50), gcd(3 ** 50, 0))
print(gcd(2 ** 64, 2 ** 63), gcd(2 ** 64 + 1, 2 ** 64 - 1), gcd(2 ** 64 + 1, 274177), gcd(12345678910111213141516171819, 1918171615141312111098765432))
print(lcm(2 ** 64, 3 ** 40), lcm(10 ** 20, 15 ** 15), lcm(-(2 ** 70), 6))
# consecutive Fibonacci numbers are coprime; fib(m), fib(n) share fib(gcd(m, n))
a = 0
b = 1
f120 = 0
f180 = 0
f60 = 0
for i in range(181):
    if i == 60:
        f60 = a
    if i == 120:
        f120 = a
    if i == 180:
        f180 = a
    t = a + b
    a = b
    b = t
print(gcd(a, b), gcd(f120, f180), f60, gcd(f120, f180) == f60)
m = 2 ** 127 - 1
for k in range(1, 6):
    x = 10 ** (10 * k) + k
    inv = inverse(x, m)
    print(k, inv, x * inv % m, inv == pow(x, -1, m))
p = 1
for q in range(2, 60):
    p = lcm(p, q)
print("lcm(1..59) =", p, p.bit_length())
