# In-place reversals and full copies through slices.
x = [1, 2, 3]
y = x[:]
y.append(4)
z = x[::]
z[0] = 9
print(x, y, z, x[:] == x)
x[:3] = x[2::-1]
print(x)
x[1:3] = x[2:0:-1]
print(x)
x[::-1] = x[:]
print(x)
x[2::-1] = x[:3]
print(x)
