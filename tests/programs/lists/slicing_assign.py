# Slice assignment: growing, shrinking, extended slices, deleting.
a = [0, 1, 2, 3, 4, 5, 6, 7]
a[2:4] = [20, 30, 35]
print(a, len(a))
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = [9, 9, 9, 9]
print(a)
b = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
b[::-3] = [90, 60, 30, 0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
c = list(range(12))
del c[::-4]
print(c)
del c[:]
print(c, len(c))
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [5, 6, 7, 8]
del e[-1]
del e[0]
print(e)
f = [1, 2, 3, 4, 5]
f[1:4] = list(range(3))
print(f)
