# The c presentation type is only for ints.
x = 65.0
print(format(int(x), "c"))
print(format(x, "c"))
