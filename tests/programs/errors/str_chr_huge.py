# chr() of an int too large for a C int raises OverflowError.
n = 2 ** 31 - 1
print(ord(chr(n % 0x110000)))
n = 2 ** 40
print(chr(n))
