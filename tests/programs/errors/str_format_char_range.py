# The c presentation type rejects code points beyond 0x10FFFF.
print(format(0x10FFFF, "c") == chr(0x10FFFF))
n = 0x110000
print(format(n, "c"))
