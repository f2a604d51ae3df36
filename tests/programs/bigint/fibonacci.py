# Fibonacci numbers up to fib(1000) with a loop, plus identities checked exactly.
a = 0
b = 1
n = 0
fib500 = 0
fib501 = 0
while n < 1000:
    if n % 50 == 0 or n == 92 or n == 93 or n == 94:
        print(n, a)
    if n == 500:
        fib500 = a
        fib501 = b
    t = a + b
    a = b
    b = t
    n = n + 1
print(1000, a)
print("digits of fib(1000):", len(str(a)))
# fib(1000) via doubling from fib(500), fib(501):
f2n = fib500 * (2 * fib501 - fib500)
print("doubling agrees:", f2n == a)
# Cassini: fib(n-1) * fib(n+1) - fib(n)**2 == (-1)**n, for n = 1000
fn = a
fn1 = b
fnm1 = fn1 - fn
print("cassini:", fnm1 * fn1 - fn * fn)
# ratio approaches the golden ratio
print(fn1 / fn, fn / fnm1)
# gcd(fib(m), fib(n)) == fib(gcd(m, n)): going downward with subtraction
x = fn
y = fnm1
steps = 0
while y != 0:
    r = x % y
    x = y
    y = r
    steps = steps + 1
print("gcd(fib(1000), fib(999)) =", x, "after", steps, "steps")
# Fibonacci modulo 10**9 + 7 matches the exact value reduced at the end
m = 1000000007
p = 0
q = 1
for i in range(1000):
    t = (p + q) % m
    p = q
    q = t
print(p, fn % m, p == fn % m)
