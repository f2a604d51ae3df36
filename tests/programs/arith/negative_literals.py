# Negative literals are folded into constants, as CPython does: the exponent of `2 ** -1` is
# known to be negative, so the result is a float.
print(2 ** -1, 10 ** -3, (-2) ** -2, 2.0 ** -1)
print(-9223372036854775808, -9223372036854775807 - 1)
print(-0.0, -(0.0), -0, -(5), - 3)
x = -7
print(x // 2, x % 3, -x, abs(x))
print(-1e308 * 10, -1.5e-7)
