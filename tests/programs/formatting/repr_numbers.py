# repr() of ints, bools, None and floats (shortest round-trip digits, exponent thresholds).
for n in [0, 1, -1, 42, 10 ** 18, -(2 ** 63), 2 ** 100]:
    print(repr(n), str(n) == repr(n))
print(repr(True), repr(False), repr(None))
floats = [0.0, -0.0, 1.0, 0.1, 0.5, 1 / 3, 2 / 3, 0.1 + 0.2, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 1.5e-5, 1e22, 1e300 * 10, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 100.0, 12345.678, -2.5e-10]
for x in floats:
    print(repr(x), str(x))
