# The s code is not valid for an int.
n = 5
print(format(str(n), "s"))
print(format(n, "s"))
