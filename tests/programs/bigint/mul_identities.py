# Multiplication of numbers with hundreds to thousands of digits, checked with algebraic identities.
a = 3 ** 2000 + 12345
b = 7 ** 1200 - 98765
print(len(str(a)), len(str(b)), len(str(a * b)))
print((a + b) * (a + b) == a * a + 2 * a * b + b * b)
print((a - b) * (a + b) == a * a - b * b)
print((a * b) // b == a, (a * b) % b, (a * b) % a, (a * b + 17) % b)
print(a * b % 1000000007, a % 1000000007 * (b % 1000000007) % 1000000007)
print((a * b) % (2 ** 89 - 1), (a % (2 ** 89 - 1)) * (b % (2 ** 89 - 1)) % (2 ** 89 - 1))
c = -(5 ** 1500)
print(a * c == -(a * -c), (a * c) // a == c, (b * c) % 10 ** 30, -(c * c) < 0 < c * c)
# a product of 600-digit numbers printed in full
x = 10 ** 599 + 3 ** 1200
y = 10 ** 599 - 7 ** 700
print(x * y)
# squares of repunits: 111...1 ** 2 has a palindromic pattern for up to 9 ones
r = 0
for k in range(1, 13):
    r = r * 10 + 1
    print(k, r * r)
# 2**4000 by repeated squaring against the direct power, and Karatsuba-sized products
p = 2
for i in range(5):
    p = p * p
print(p == 2 ** 32, p * p * p * p == 2 ** 128)
q = 2 ** 1000
print(q * q * q * q == 2 ** 4000, (q * q) // (q * 3) == q // 3, (q + 1) * (q - 1) == q * q - 1)
total = 0
for i in range(1, 50):
    total = total + (a // i) * (b // (i + 1)) % 1000000007
print(total)
