# The integer code d is not valid for a string.
s = "12"
print(format(int(s), "d"))
print(format(s, "d"))
