# float() of ints and strings: signs, spaces, exponents, underscores, inf/nan spellings.
print(float(1), float(-7), float(0), float(9007199254740993), float(9223372036854775807))
print(float("1e3"), float("1.5"), float("-.5"), float("5."), float("  3.25  "), float("+1E-2"))
print(float(" -inf "), float("inf"), float("-Infinity"), float("iNfInItY"), float("nan"), float("-NaN"))
print(float("1_000.5"), float("1e1_0"), float("0.1"), float("1e-400"), float("-1e400"))
print(float("123"), float("-0"), float("0e0"), float("00012.50"))
print(float("3.141592653589793238462643383279"), float("0.30000000000000004"))
print(float(str(0.1)), float(str(1e16)), float(str(-0.0)))
x = 10
y = float(x) / 4
print(y)
