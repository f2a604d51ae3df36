# Arithmetic that crosses the 64-bit boundary in both directions.
print(2 ** 63 - 1 + 1, -2 ** 63 - 1, (2 ** 62) * 2, -(2 ** 62) - 2 ** 62)
print(-(2 ** 62) - 2 ** 62 - 1, 2 ** 62 + 2 ** 62 - 1, 2 ** 63 - 2 ** 63)
big = 9223372036854775807
low = -9223372036854775808
print(big + 1, big + big, big * 2, big * big, big - low, low - 1, low + low)
print(-low, abs(low), low * -1, low // -1, low % -1, low * low, -big - 2)
print(low // 1, low // 2, low // -2, low // 3, low % 3, low % -3)
print(big // -1, big * -1, -(big + 1), (big + 1) // 2, (big + 1) % 2)
print(4611686018427387904 * 2, -4611686018427387904 * 2, 4611686018427387903 * 2 + 2)
print(3037000500 * 3037000500, -3037000500 * 3037000500, 4294967296 * 4294967296)
print(2 ** 61 + 2 ** 61, 2 ** 61 * 4, -(2 ** 61) * 4, (2 ** 61 - 1) * 4)
# results coming back into range
x = big + 10
print(x, x - 10, x - 10 == big, x - 11, (x - 10) // 2)
y = low - 10
print(y, y + 10, y + 10 == low, y + 11, -(y + 10))
z = big * big
print(z // big == big, z % big, z - big * big, z // (big * big))
# every neighbour of the boundaries
for d in range(-3, 4):
    print(d, big + d, low + d, -(big + d), -(low + d), (big + d) * 2, (low + d) // 2)
# mixing a heap-sized value with small ones many times
acc = big
for i in range(10):
    acc = acc + big
    acc = acc - big
    acc = acc + i
print(acc, acc - big)
print(max(big, big + 1), min(low, low - 1), max(-big, -(big + 2)), abs(-(big + 1)))
