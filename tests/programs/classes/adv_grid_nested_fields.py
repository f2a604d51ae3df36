# nested list and dict fields updated through subscripts and augmented assignment
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [[0] * w for _ in range(h)]
        self.counts = {}
    def set(self, x, y, v):
        self.cells[y][x] = v
        self.counts[v] = self.counts.get(v, 0) + 1
        self.counts[v] += 1
    def row_sums(self):
        return [sum(r) for r in self.cells]
g = Grid(3, 2)
g.set(0, 0, 5)
g.set(2, 1, 5)
g.set(1, 1, 2)
print(g.cells, g.row_sums(), g.counts)
