# int(s, 16) accepts hex digits but not other letters.
print(int("ff", 16), int("0x1F", 16), int("z", 36))
print(int("fg", 16))
