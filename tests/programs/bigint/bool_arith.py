# bools are ints: arithmetic mixing True/False with small and big ints.
t = True
f = False
print(True + 1, True - 1, True * 2 ** 64, False * 2 ** 64, -True, ~True, ~False, +True)
print(True << 100, True << 63, True >> 1, True & 2 ** 64 + 1, True | 2 ** 64, True ^ 2 ** 64)
print(2 ** 64 + True, 2 ** 64 - True, 2 ** 64 // True, 2 ** 64 % True, True // 2 ** 64, True % 2 ** 64)
print(True ** 100, (2 ** 70) ** False, pow(True, 10 ** 20), pow(2, True, 2 ** 64), pow(10 ** 20, t, 7))
print(t + t + t, t * f, t == 1, f == 0, t == 1.0, t < 2 ** 64, -(2 ** 64) < f, hash(t), hash(f))
print(hex(t), bin(f), oct(t), int(t), int(f), float(t), str(t + 0), abs(-t), abs(f))
print(True / 2 ** 64, 2 ** 64 / True, True + 0.5, (2 ** 64 > 1) + (2 ** 64 > 2 ** 65) + 2 ** 64)
n = 0
for i in range(100):
    n = n + (i % 3 == 0) * 2 ** i
print(n, hex(n), n.bit_length())
c = 0
big = 10 ** 30
for i in range(50):
    c = c + (big % (i + 1) == 0)
print("divisors of 10**30 among 1..50:", c)
print(max(t + 0, 2 ** 64 - 2 ** 64), min(t + 2 ** 63, 2 ** 63), round(True), True * -1, -1 * False)
