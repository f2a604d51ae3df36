# a KeyError raised inside __getitem__: uncaught traceback
class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
g = Grid()
print(g["missing"])
