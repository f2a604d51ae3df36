# Bitwise and/or/xor/invert, with negative numbers (two's complement view).
for a in range(-3, 4):
    for b in range(-3, 4):
        print(a, b, a & b, a | b, a ^ b)
print(~0, ~1, ~-1, ~5, ~-6, ~~7)
print(-6 & 0xFF, -6 | 3, -6 ^ 3, -1 & 0x7FFFFFFFFFFFFFFF)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 | 8)
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)


def popcount(n):
    c = 0
    while n != 0:
        n &= n - 1
        c += 1
    return c


print(popcount(255), popcount(1 << 40), popcount(0x5555555555555555))
print(-9223372036854775801 & -2, 9223372036854775807 ^ -2, 9223372036854775807 ^ 1)
