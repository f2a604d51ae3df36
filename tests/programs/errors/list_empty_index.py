# Indexing an empty list raises IndexError.
a = [5]
a.clear()
print(len(a))
print(a[0])
