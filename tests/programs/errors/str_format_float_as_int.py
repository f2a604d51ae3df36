# The integer code d is not valid for a float.
x = 2.0
print(format(x, "f"), format(int(x), "d"))
print(format(x, "d"))
