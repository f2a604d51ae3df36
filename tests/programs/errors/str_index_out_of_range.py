# Indexing past the end of a string raises IndexError.
s = "kiln"
print(s[3], s[-4])
i = len(s)
print(s[i])
