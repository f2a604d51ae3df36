# round() on ints: round(n) is n, round(n, k) with negative k rounds half to even.
print(round(7), round(-7), round(0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(-1351, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(5, -1), round(-5, -1))
print(round(123, 1), round(123, 0), round(9223372036854775807, -18), round(999, -5))
n = 12345
for k in range(0, 6):
    print(k, round(n, -k))
