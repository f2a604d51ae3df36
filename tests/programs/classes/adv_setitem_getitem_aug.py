# __setitem__/__getitem__ with tuple keys and augmented item assignment
class Grid:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
g = Grid()
g[(1, 2)] = "a"
g[(1, 2)] += "b"
print(g[(1, 2)], g.d)
