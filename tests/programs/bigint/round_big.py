# round() of big ints with negative ndigits: round half to even, exact results.
big = 123456789012345678901234567890
print(round(big), round(big, 0), round(big, 5), round(big, -5), round(big, -10), round(big, -29), round(big, -30), round(big, -31))
print(round(-big, -5), round(-big, -15), round(-big, -29), round(-big, -30), round(-big, -100))
print(round(10 ** 30 + 5 * 10 ** 4, -5), round(10 ** 30 + 15 * 10 ** 4, -5), round(10 ** 30 + 5 * 10 ** 4 + 1, -5))
print(round(-(10 ** 30) - 5 * 10 ** 4, -5), round(-(10 ** 30) - 15 * 10 ** 4, -5), round(25 * 10 ** 20, -21), round(35 * 10 ** 20, -21))
print(round(2 ** 63, -1), round(2 ** 63 - 1, -18), round(-(2 ** 63), -18), round(2 ** 64, -19), round(2 ** 64, -20))
print(round(9223372036854775807, -1), round(9223372036854775807, -19), round(-9223372036854775808, -19))
print(round(5 * 10 ** 50, -51), round(15 * 10 ** 50, -51), round(-5 * 10 ** 50, -51), round(10 ** 50 - 1, -1))
n = 7 ** 40
for k in range(0, 40, 3):
    r = round(n, -k)
    print(k, r, r - n, round(-n, -k) == -r)
x = 45 * 10 ** 25
for k in range(24, 29):
    print(k, round(x, -k), round(x + 1, -k), round(-x, -k), round(x * 2, -k))
