# ord() of an empty string raises TypeError.
s = "x"
print(ord(s))
print(ord(s[1:]))
