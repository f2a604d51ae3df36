# uncaught user exception raised inside an ordinary class's __init__
class InvalidSize(Exception):
    pass


class Grid:
    def __init__(self, w, h):
        if w <= 0 or h <= 0:
            raise InvalidSize(f"grid {w}x{h} is empty")
        self.cells = [0] * (w * h)


g = Grid(2, 3)
print(len(g.cells))
g2 = Grid(4, 0)
print(len(g2.cells))
