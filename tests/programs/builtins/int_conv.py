# int() of floats (truncation toward zero), strings and bools.
print(int(3.7), int(-3.7), int(0.9999), int(-0.5), int(1e18), int(-2.5e18), int(123.0))
print(int(9.2e18), int(4503599627370495.5), int(2.0 ** 62))
print(int("42"), int("-42"), int("  -42 "), int("+7"), int("007"), int("0"), int("-0"))
print(int("1_000"), int("1_000_000"), int("\t 12\n"), int("9223372036854775807"))
print(int(True), int(False), int(1 < 2), int(not 1))
print(int(str(12345) + "6"), int(str(-99)))
x = 7.99
y = int(x)
print(y, y + 1)
total = 0
for i in range(1, 6):
    total = total + int(str(i) * i)
print(total)
print(int(float("1e10")), int(float("-0.0")), int(5e-324))
