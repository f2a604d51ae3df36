# Tuples as dict keys and set elements.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], len(grid))
print((0, 0) in grid, (3, 3) in grid)
dist = {(0, 0): 0}
dist[(1, 0)] = 1
dist[(0, 1)] = 1
dist[(1, 0)] = 5
print(dist)
for (r, c), v in sorted(dist.items()):
    print(r, c, v)
seen = set()
for p in [(1, 2), (2, 1), (1, 2), (0, 0)]:
    seen.add(p)
print(sorted(seen), len(seen))
names = {("ada", "lovelace"): 1815, ("alan", "turing"): 1912}
print(names[("alan", "turing")])
