# String round trips: int(str(x)), int(hex(x), 16), int(bin(x), 0), int(oct(x), 0).
def check(x):
    s = str(x)
    h = hex(x)
    o = oct(x)
    b = bin(x)
    ok = int(s) == x and int(h, 16) == x and int(h, 0) == x and int(o, 8) == x
    ok = ok and int(o, 0) == x and int(b, 2) == x and int(b, 0) == x and int(s, 0) == x
    print(len(s), len(h), len(o), len(b), ok)


x = 1
for i in range(25):
    check(x)
    check(-x)
    x = x * 1234567 + 89
check(0)
check(2 ** 63)
check(-(2 ** 63))
check(2 ** 64 - 1)
check(10 ** 100)
y = 3 ** 500
print(int(str(y)) == y, int(str(-y)) == -y, int(hex(y), 16) == y, int(bin(-y), 0) == -y)
print(int(" " + str(y) + "\n") == y, int("+" + str(y)) == y, int("-" + hex(y), 16) == -y)
print(len(str(y)), len(hex(y)), len(bin(y)), len(oct(y)))
print(int("000000000000000000000000000000000000123"), int("-0000000000000000000000099999999999999999999"))
print(int("1_000_000_000_000_000_000_000"), int("0x_dead_beef_cafe_babe_f00d", 16))
print(int(str(2 ** 200)) - 2 ** 200, int("9" * 40) + 1 == 10 ** 40)
s = ""
for i in range(30):
    s = s + str(i % 10)
print(s, int(s), int(s) * 10 + 0 == int(s + "0"), int(s + s) == int(s) * 10 ** 30 + int(s))
