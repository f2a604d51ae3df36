# %c takes a code point below 0x110000.
print("%c%c" % (0x10FFFF, 65))
print("%c" % 0x110000)
