# int() does not accept a float literal string.
s = "1.5"
print(float(s))
print(int(s))
