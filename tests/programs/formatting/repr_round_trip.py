# repr() of floats round-trips through float(); str() of a float equals its repr().
xs = [0.1, 0.2, 0.3, 0.1 + 0.2, 1.1 * 1.1, 2.0 / 3.0, 1e23, 9007199254740993.0, 4.35, 0.000123, 123e-20, 5e-324, 2.2250738585072014e-308]
for x in xs:
    r = repr(x)
    print(r, float(r) == x, str(x) == r, len(r))
total = 0.0
for i in range(10):
    total += 0.1
print(total, repr(total), total == 1.0, round(total, 10) == 1.0)
print(repr(1.0 * 10 ** 15), repr(1.0 * 10 ** 16), repr(-1.0 / 10 ** 4), repr(1.0 / 10 ** 5))
