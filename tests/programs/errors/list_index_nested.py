# IndexError raised deep inside nested lists and function calls.
def cell(g, r, c):
    return g[r][c]


grid = [[1, 2], [3, 4]]
print(cell(grid, 1, 1))
print(cell(grid, 1, 2))
