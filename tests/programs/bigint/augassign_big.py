# Augmented assignment with big values: += -= *= //= %= **= <<= >>= &= |= ^=.
x = 9223372036854775807
x += 1
print(x)
x *= x
print(x)
x -= 1
print(x)
x //= 3
print(x)
x %= 10 ** 30
print(x)
x **= 3
print(x)
x <<= 70
print(x)
x >>= 130
print(x)
x &= 2 ** 100 - 1
print(x)
x |= 2 ** 120
print(x)
x ^= 2 ** 120 + 2 ** 64
print(x)
x = -x
x //= 10 ** 10
print(x)
x %= 97
print(x)
y = 1
for i in range(1, 40):
    y *= i
    y += i
    y -= 1
    if i % 5 == 0:
        y //= 7
        print(i, y)
z = 3
for i in range(6):
    z **= 2
    z %= 10 ** 40 + 7
print(z)
g = 2 ** 200
g += -g - 1
print(g)
g -= 2 ** 70
print(g)
