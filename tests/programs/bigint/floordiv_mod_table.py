# Floor division and modulo with big operands: every sign combination, divisors
# larger than the dividend, and the identity a == (a // b) * b + a % b.
def show(a, b):
    q = a // b
    r = a % b
    ok = q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b)
    print(a, "//", b, "=", q, "  %", "=", r, ok)


def table(x, y):
    show(x, y)
    show(-x, y)
    show(x, -y)
    show(-x, -y)


table(100000000000000000007, 7)
table(100000000000000000007, 10000000000000000000)
table(100000000000000000007, 1000000000000000000000000000000)
table(18446744073709551616, 18446744073709551617)
table(18446744073709551617, 18446744073709551616)
table(3, 18446744073709551616)
table(9223372036854775808, 9223372036854775807)
table(2 ** 200 + 12345, 2 ** 100 - 1)
table(10 ** 50, 10 ** 25)
table(10 ** 50 + 1, 3)
table(12345678901234567890123, 1000000007)
table(9223372036854775807, 2)
print(0 // 10 ** 30, 0 % 10 ** 30, 0 // -10 ** 30, 0 % -10 ** 30)
print(-1 // 10 ** 30, -1 % 10 ** 30, 1 // -10 ** 30, 1 % -10 ** 30)
print(-(2 ** 63) // -1, -(2 ** 63) % -1, -(2 ** 64) // -1, -(2 ** 64) // 2 ** 64)
# a quotient that needs a big result from two big operands
n = 10 ** 40
d = 10 ** 15 + 37
q = n // d
r = n % d
print(q, r, q * d + r == n)
for k in range(1, 8):
    print(k, (10 ** 30 + k) // 10 ** 15, (10 ** 30 + k) % 10 ** 15, (-10 ** 30 - k) % 10 ** 15,
          (-10 ** 30 - k) // -(10 ** 15 - k))
