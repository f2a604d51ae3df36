# Values that grow past 64 bits and shrink back, used afterwards as ordinary small ints.
x = 7
ups = 0
while x < 2 ** 200:
    x = x * 3 + 1
    ups = ups + 1
print("up:", ups, x)
downs = 0
while x > 1000:
    x = x // 5
    downs = downs + 1
print("down:", downs, x, x == 316, x + 1, x * 2, x % 7, x < 1000, x == int("316"))
# a small value that went through a big intermediate equals the same small literal
y = (2 ** 100 + 5) - 2 ** 100
print(y, y == 5, y + 5, y * y, hash(y), y << 1, -y, str(y), y.bit_length())
for i in range(y):
    print("loop", i, i * 2 ** 64 // 2 ** 64)
z = (10 ** 30) // (10 ** 28)
print(z, z == 100, z - 100, -z // 3, -z % 3, z ** 2, z & 7, z | 1, z ^ 100)
# an accumulator that crosses 2**63 many times (adding, then subtracting)
acc = 0
crossings = 0
step = 3 ** 39
for i in range(60):
    before = acc < 2 ** 63
    if i % 10 < 5:
        acc = acc + step
    else:
        acc = acc - step
    if before != (acc < 2 ** 63):
        crossings = crossings + 1
print("crossings:", crossings, "final:", acc)
m = 1
for i in range(1, 30):
    m = m * (2 ** 40 + i)
for i in range(29, 0, -1):
    m = m // (2 ** 40 + i)
print("back to", m, m == 1, m + m, 1 - m, m * -1)
w = -(2 ** 63)
w = w - 1
w = w + 1
print(w, w == -9223372036854775807 - 1, w // -1, abs(w), -w, w * w)
