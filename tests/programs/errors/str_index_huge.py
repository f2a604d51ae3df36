# Indexing a string with an int beyond 64 bits raises IndexError.
s = "abc"
print(s[-2 ** 70:2 ** 70])
print(s[2 ** 70])
