# int(float) of huge floats and float(int) of big ints, with correct rounding.
print(int(1e308))
print(int(-1e308))
print(int(1.7976931348623157e308))
print(int(2.0 ** 200), int(-(2.0 ** 64)), int(1e19), int(9.3e18), int(-9.3e18), int(1e22), int(1e23))
print(int(2.0 ** 63), int(-(2.0 ** 63)), int(2.0 ** 63 + 2048), int(123456789.0e20), int(5e-324 * 2 ** 100))
print(float(2 ** 1023))
print(float(2 ** 1024 - 2 ** 971 - 1), float(-(2 ** 1024 - 2 ** 971 - 1)), float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3), float(2 ** 54 + 2), float(2 ** 54 + 6))
print(float(2 ** 63 - 1), float(2 ** 63), float(2 ** 64 - 1), float(-(2 ** 63) - 1), float(10 ** 22), float(10 ** 23))
print(float(3 ** 100), float(-(3 ** 100)), float(10 ** 300), float(7 ** 360), float(0), float(-0))
print(float(2 ** 64 + 2 ** 11), float(2 ** 64 + 2 ** 11 + 1), float(2 ** 64 + 3 * 2 ** 11), float(2 ** 64 - 2 ** 10))
# round trips: int -> float -> int is exact for multiples of a power of two that fit in 53 bits
x = 2 ** 52 + 1
for k in range(0, 1000, 97):
    v = x << k
    f = float(v)
    print(k, int(f) == v, f)
# floats that are integers convert back exactly
f = 1.0
for k in range(0, 1030, 103):
    n = int(f)
    print(k, len(str(n)), n % 1000000007, float(n) == f)
    f = f * 2.0 ** 103
    if f > 1e308:
        f = 1.0
print(int(float(10 ** 200)) == 10 ** 200, int(float(10 ** 200)) - 10 ** 200)
print(int(float(2 ** 1000)) == 2 ** 1000, float(2 ** 1000) == 2.0 ** 1000)
