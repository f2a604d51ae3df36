# chr() of a value above 0x10FFFF raises ValueError.
n = 0x10FFFF
print(ord(chr(n)))
print(chr(n + 1))
