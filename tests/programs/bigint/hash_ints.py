# hash() of ints: reduction modulo 2**61 - 1, sign handling and the special case -1.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2), hash(True), hash(False))
m = 2 ** 61 - 1
for d in range(-3, 4):
    print(d, hash(m + d), hash(-(m + d)), hash(2 ** 61 + d), hash(-(2 ** 61) + d))
print(hash(2 ** 62), hash(2 ** 63 - 1), hash(2 ** 63), hash(-(2 ** 63)), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(10 ** 100), hash(-(10 ** 100)), hash(3 ** 300))
print(hash(2 * m), hash(2 * m - 1), hash(m * m), hash(-m * m - 1), hash(m * m * m + m - 1))
# hash(x) == x % (2**61 - 1) for non-negative x, except that -1 becomes -2
x = 1
ok = True
for i in range(200):
    x = x * 7 + i
    h = hash(x)
    if h != x % m:
        ok = False
    h2 = hash(-x)
    r = -(x % m)
    if r == -1:
        r = -2
    if h2 != r:
        ok = False
print("rule holds:", ok)
print(hash(m - 1) + 1, hash(-m + 1) - 1, hash(-m - 1), hash(-2 * m - 1))
print(hash(2 ** 63 - 1) == hash(2 ** 63 - 1 - m), hash(123456789012345678901234567890) == 123456789012345678901234567890 % m)
y = -1
for k in range(5):
    print(k, y, hash(y))
    y = y * m - 1
