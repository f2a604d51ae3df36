# bool() of ints, floats and strings.
print(bool(0), bool(1), bool(-1), bool(9223372036854775807))
print(bool(0.0), bool(-0.0), bool(0.1), bool(5e-324), bool(float("nan")), bool(float("-inf")))
print(bool(""), bool(" "), bool("0"), bool("False"), bool("\0"))
print(bool(True), bool(False), bool(1 > 2), bool(bool(3)))
x = bool(7 - 7)
y = bool(7 - 6)
print(x, y, x == y, x != y, not x)
print(str(bool(0)) + str(bool(1)))
