# instances captured in lists then modified; list copies share instances; [obj] * 3 repeats one instance
class Cell:
    def __init__(self, v):
        self.v = v
cells = [Cell(i) for i in range(5)]
snapshot = list(cells)
for c in cells:
    c.v *= 10
print([c.v for c in snapshot])
cells.reverse()
print([c.v for c in cells], [c.v for c in snapshot])
grid = [[Cell(0)] * 3 for _ in range(2)]
grid[0][0].v = 7
print([[c.v for c in row] for row in grid])
