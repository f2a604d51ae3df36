# Slice assignment edge cases: start > stop, self-assignment, reversed full slice.
a = [0, 1, 2, 3, 4, 5, 6, 7]
a[5:2] = [50, 51]
print(a)
a[::-1] = a
print(a)
b = [0, 1, 2, 3, 4, 5]
b[::2] = b[1::2]
print(b)
b[-100:2] = [9]
print(b)
del b[5:2]
print(b)
b[100:200] = [7, 8]
print(b)
c = [1, 2, 3]
c[:] = c + c
print(c)
c[1:-1] = []
print(c)
d = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
d[7:1:-2] = [70, 50, 30]
print(d)
del d[-1:-8:-3]
print(d)
d[2:2] = d[:2]
print(d)
