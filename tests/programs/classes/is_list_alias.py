# identity of lists: aliases, copies, slices, and rows of a nested list
a = [1, 2, 3]
b = a
c = a.copy()
d = a[:]
e = list(a)
print(a is b, a is c, a is d, a is e)
print(a is not a.copy(), a == c)
b.append(4)
print(a, c, a is b)
row = [0, 0]
grid = [row, row]
print(grid[0] is grid[1], grid[0] is row)
grid[0][0] = 7
print(grid)
grid2 = [[0, 0] for _ in range(2)]
print(grid2[0] is grid2[1])
grid2[0][0] = 7
print(grid2)
outer = [a, c]
print(outer[0] is a, outer[1] is c, outer[1] is not a)
a = [9]
print(b is a, outer[0] is b, b)
