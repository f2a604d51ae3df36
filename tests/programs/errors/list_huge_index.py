# Indexing a list with a huge int raises IndexError.
a = [1, 2, 3]
print(a[-1])
print(a[2 ** 80])
