# Integer +, -, * with negative operands and the different literal forms.
a = 17
b = -5
print(a + b, a - b, a * b)
print(b + b, b - b, b * b)
print(0 - a, -a - b, a * 0, 0 * b)
print(1_000_000 + 1, 0xFF, 0o17, 0b1011, 0XAB, 0B11, 0O7)
print(0xdead_beef, 0b1111_0000, 1_0)
print(7 * 1 - 0)
c = 123456789
d = 987654321
print(c * d)
print(c * d - c * d)
print(-c * d, c * -d, -c * -d)
total = 0
i = 1
while i <= 100:
    total = total + i * i
    i = i + 1
print(total)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4 * 5 - 6)
print(10 - 3 - 2, 10 - (3 - 2))
print(9223372036854775807, -9223372036854775807)
print(9223372036854775807 - 1, 4611686018427387904 + 4611686018427387903)
