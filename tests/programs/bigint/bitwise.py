# & | ^ ~ on big and negative big numbers (two's complement of infinite width).
a = 2 ** 100 + 2 ** 64 + 12345
b = -(2 ** 90) - 777
c = -1
d = 2 ** 63
print(a & b, a | b, a ^ b, ~a, ~b)
print(b & c, b | c, b ^ c, ~c, c & d, c | d, c ^ d)
print(a & d, a | d, a ^ d, ~d, -d & d, -d | d, -d ^ d)
print(b & 255, b | 255, b ^ 255, b & -256, b | -256, b ^ -256)
print((2 ** 64 - 1) & -(2 ** 32), (2 ** 64 - 1) ^ (2 ** 64 - 1), (2 ** 64) | 1, -(2 ** 64) & (2 ** 64))
print(~(2 ** 63 - 1), ~(-(2 ** 63)), ~(2 ** 64), ~(-(2 ** 64)), ~0, ~-1)
# identities that must hold exactly
vals = 0
for i in range(-3, 4):
    x = i * 3 ** 45 + i
    y = 7 ** 30 - i * 2 ** 70
    ok1 = (x & y) + (x | y) == x + y
    ok2 = (x ^ y) == (x | y) - (x & y)
    ok3 = ~x == -x - 1
    ok4 = (x & ~y) | (~x & y) == x ^ y
    print(i, x & y, x | y, x ^ y, ok1, ok2, ok3, ok4)
# masks and bit extraction from a negative big number
n = -(3 ** 60)
m = 2 ** 64 - 1
print(n & m, (n >> 64) & m, (n >> 128) & m, n & (2 ** 128 - 1))
bits = 0
t = n & (2 ** 100 - 1)
while t != 0:
    bits = bits + (t & 1)
    t = t >> 1
print("ones in the low 100 bits of -(3**60):", bits)
acc = 0
for k in range(0, 200, 9):
    acc = acc ^ (1 << k)
    acc = acc | (3 << (k // 2))
    acc = acc & ~(1 << (k // 3))
print(acc, -acc & acc, acc & -acc)
