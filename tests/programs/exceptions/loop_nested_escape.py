# An exception used to leave two nested loops at once; the outer try sees the state at the point of the raise.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]


def find(target):
    r = -1
    c = -1
    try:
        for r in range(len(grid)):
            for c in range(len(grid[r])):
                if grid[r][c] == target:
                    raise StopIteration(target)
    except StopIteration as e:
        return f"found {e} at ({r}, {c})"
    return "not found"


print(find(5))
print(find(9))
print(find(10))
