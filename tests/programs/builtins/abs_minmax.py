# abs, min and max on ints and floats (arguments of one type per call).
print(abs(5), abs(-5), abs(0), abs(-9223372036854775807))
print(abs(2.5), abs(-2.5), abs(-0.0), abs(float("-inf")), abs(-1e-310))
print(min(3, 1, 2), max(3, 1, 2), min(-1, -5), max(-1, -5), min(4, 4), max(7, 7, 7, 7))
print(min(2.5, 1.5), max(2.5, 1.5), min(-0.5, 0.5, 0.25), max(1e308, 1e307))
print(min(9223372036854775807, -9223372036854775807), max(0, 0))
a = 10
b = 20
c = min(a, b) + max(a, b)
print(c, max(a - 30, 0), min(b * 2, 25))
lo = 1000
hi = -1000
for i in range(-3, 8):
    v = i * i - 4 * i
    lo = min(lo, v)
    hi = max(hi, v)
print(lo, hi)
print(max(abs(-3), abs(2)), abs(min(-3, 2)), abs(-7 // 2), abs(-7.5 // 2))
