# Left and right shifts, including negative operands and large shift counts.
for n in range(0, 63, 7):
    print(n, 1 << n, (1 << n) >> 3)
print(1 << 62, 3 << 60, -1 << 62)
print(-1 >> 1, -7 >> 1, -8 >> 1, -8 >> 3, -9 >> 3, 7 >> 1)
print(12345 >> 64, 12345 >> 200, -12345 >> 64, -12345 >> 1000)
print(0 << 100, 0 >> 5)
x = 1
count = 0
while x < 4611686018427387904:
    x = x << 1
    count += 1
print(count, x)
y = -1000000
y >>= 4
print(y)
y <<= 10
print(y)
print(1 << 2 + 1, (1 << 2) + 1, 256 >> 2 * 2)
