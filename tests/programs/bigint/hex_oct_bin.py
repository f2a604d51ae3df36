# hex(), oct() and bin() of zero, negatives, the 64-bit boundaries and big values.
print(hex(0), oct(0), bin(0), hex(-0), hex(1), oct(1), bin(1), hex(-1), oct(-1), bin(-1))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(True), bin(False))
print(hex(2 ** 63 - 1), hex(2 ** 63), hex(-(2 ** 63)), hex(-(2 ** 63) - 1), hex(2 ** 64))
print(oct(2 ** 63 - 1), oct(2 ** 63), oct(-(2 ** 63)), oct(2 ** 64 - 1))
print(bin(2 ** 63 - 1))
print(bin(2 ** 63))
print(bin(-(2 ** 63)))
print(bin(-(2 ** 64) + 1))
print(hex(10 ** 50), oct(10 ** 30), hex(-(10 ** 50)), oct(-(3 ** 70)))
print(hex(3 ** 200))
print(bin(3 ** 100))
x = 1
for i in range(1, 130, 6):
    x = x * 16 + i
    print(i, hex(x), oct(-x), len(bin(x)), len(hex(-x)))
n = 2 ** 128 - 2 ** 64 + 2 ** 32 - 1
print(hex(n), hex(~n), hex(n & 0xffffffff), hex(n >> 96), bin(n >> 120))
print(hex(0xdeadbeefdeadbeefdeadbeef), oct(0o777777777777777777777777777), bin(0b10101010101010101010101010101010101010101010101010101010101010101))
print(0xffffffffffffffffffff, -0x8000000000000000, 0o1777777777777777777777, 0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000)
print(hex(0x1_0000_0000_0000_0000) + "!", "<" + bin(-2 ** 70) + ">", f"{hex(2 ** 70)} {oct(2 ** 70)}")
