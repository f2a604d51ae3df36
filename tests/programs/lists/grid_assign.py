# Grids made by comprehensions are assigned into through nested indexing; bytes() of a list filled later.
out = []
for c in "abc":
    out.append(ord(c) + 1)
print(bytes(out), bytes([]))
g = [[0]*3 for _ in range(2)]
g[0][0] = 5
print(g)
h = [[0 for _ in range(3)] for _ in range(2)]
h[1][2] = 7
row = h[0]
row[1] = 4
print(h)
