# A 4000-digit number (7**4732) printed in full, with its digit sum and other digit statistics.
x = 7 ** 4732
print(x)
s = str(x)
print("digits:", len(s))
total = 0
nines = 0
zeros = 0
n = x
while n > 0:
    d = n % 10
    total = total + d
    if d == 9:
        nines = nines + 1
    if d == 0:
        zeros = zeros + 1
    n = n // 10
print("digit sum:", total, "nines:", nines, "zeros:", zeros)
print("digit sum mod 9 == x mod 9:", total % 9 == x % 9, x % 9)
print("last 20 digits:", x % 10 ** 20, "first 20 digits:", x // 10 ** 3980)
# the same number rebuilt from its decimal string
y = int(s)
print(y == x, y - x, len(str(-x)), str(-x) == "-" + s)
# exactly at CPython's limit of 4300 digits for int <-> str conversion
z = 10 ** 4299
print(len(str(z)), len(str(-z)), int("1" + "0" * 4299) == z, len(str(z * 9 + (z - 1))))
print(len(hex(7 ** 10000)), len(bin(7 ** 10000)), len(oct(-(7 ** 10000))))
# the limit only applies to bases that are not powers of two
h = int("f" * 5000, 16)
b = int("1" * 5000, 2)
print(h.bit_length(), b.bit_length(), h == 16 ** 5000 - 1, len(hex(h)), len(oct(h)))
