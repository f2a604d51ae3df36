# del of an index out of range raises IndexError.
a = [1, 2, 3]
del a[0]
print(a)
del a[2]
