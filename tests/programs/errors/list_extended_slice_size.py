# Assigning to an extended slice needs a sequence of the same size.
a = [0, 1, 2, 3, 4, 5]
a[::2] = [9, 9, 9]
print(a)
a[::2] = [1, 2]
