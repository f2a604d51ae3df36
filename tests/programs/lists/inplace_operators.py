# +, *, +=, *=, in, not in on lists.
a = [1, 2]
b = [3, 4, 5]
print(a + b, b + a, a + [], [] + [])
print(a * 3, 3 * a, a * 0, a * -2, [0] * 5)
c = a
c += b
print(a, c)
d = [7]
e = d
d = d + [8]
print(d, e)
m = [1, 2]
m *= 2
print(m)
print(3 in b, 9 in b, 9 not in b, 1 not in a)
print("x" in ["x", "y"], "" in ["a"], 2.0 in [1.0, 2.0], False in [True])
grid = [[0] * 3] * 2
grid[0][0] = 5
print(grid)
grid2 = [[0] * 3, [0] * 3]
grid2[0][0] = 5
print(grid2)
