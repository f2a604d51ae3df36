# int() of an empty string.
s = ""
print("len", len(s))
print(int(s))
