# The g/G presentation types switch between fixed and exponent notation.
values = [0.0, -0.0, 1.0, 10.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-7, 3.14159265358979, 1e16, 1e-300, 100.0, 2.5, 1 / 3]
for x in values:
    print(repr(x), format(x, "g"), format(x, ".3g"), format(x, ".1g"), format(x, ".10g"), format(x, "G"), format(x, "#g"), format(x, "#.3g"), format(x, ".0g"))
for n in [0, 5, 123456, 1234567, -10 ** 17]:
    print(format(n, "g"), format(n, ".2g"), format(n, "G"))
print(format(float("inf"), "g"), format(float("-inf"), "G"), format(float("nan"), "G"))
for x in [1e15, 1e16, 1.5e16, 0.0001, 12345.678]:
    print(format(x, ""), format(x, ".3"), format(x, ".12"), format(x, "10.4") + "|")
