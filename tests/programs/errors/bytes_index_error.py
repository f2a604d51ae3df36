# Indexing bytes past the end raises IndexError.
b = b"abc"
print(b[-3], b[2])
print(b[3])
