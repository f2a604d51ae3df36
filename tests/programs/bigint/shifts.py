# Shifts with big results and big operands, including negative values and huge counts.
print(1 << 100, 1 << 63, 1 << 64, 3 << 62, -1 << 63, -1 << 64, -3 << 100)
big = 12345678901234567890123456789
print(big >> 70, big >> 10, big >> 94, big >> 95, big >> 1000, big << 7)
print(-big >> 70, -big >> 10, -big >> 94, -big >> 95, -big >> 1000, -big << 7)
print(-1 >> 200, 1 >> 200, -1 >> 63, -1 >> 64, 0 << 1000, 0 >> 1000, -(2 ** 100) >> 100)
print(-(2 ** 100) >> 101, -(2 ** 100 + 1) >> 100, (2 ** 100 - 1) >> 100, (2 ** 100) >> 100)
print(1 >> 2 ** 70, -5 >> 2 ** 70, big >> 2 ** 64, -big >> 2 ** 64, 0 << 2 ** 70)
x = 1
for n in range(0, 131, 13):
    v = x << n
    print(n, v, v >> n, v >> (n // 2), -v >> (n // 2), (v - 1) >> n, -(v + 1) >> n)
# shifting left then right round-trips exactly
s = -987654321987654321
for n in range(60, 70):
    print(n, s << n, (s << n) >> n == s, (s << n) >> (n + 3), ((s << n) + 1) >> n)
# shift agrees with multiplication and floor division by powers of two
y = 3 ** 100
ok = True
for n in range(0, 200, 7):
    if (y << n) != y * 2 ** n or (y >> n) != y // 2 ** n:
        ok = False
    if (-y << n) != -y * 2 ** n or (-y >> n) != -y // 2 ** n:
        ok = False
print("agrees:", ok)
z = 5
z <<= 120
print(z)
z >>= 119
print(z)
