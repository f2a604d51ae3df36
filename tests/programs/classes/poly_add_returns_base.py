# arithmetic dunders returning base-typed results: Vec + Vec builds a Vec or a subclass instance
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return self.make(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return self.make(self.x - other.x, self.y - other.y)

    def make(self, x, y):
        return Vec(x, y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Grid(Vec):
    def make(self, x, y):
        return Grid(x % 10, y % 10)

    def __repr__(self):
        return f"Grid({self.x}, {self.y})"


class Flip(Vec):
    def make(self, x, y):
        return Flip(y, x)

    def __repr__(self):
        return f"Flip({self.x}, {self.y})"


vs = [Vec(1, 2), Grid(7, 8), Flip(3, -4)]
for a in vs:
    for b in vs:
        print(a, "+", b, "=", a + b, "  -:", a - b)
acc = Grid(0, 0)
for v in vs:
    acc = acc + v
    print("acc", acc, acc.norm1())
acc = Vec(0, 0)
for v in vs:
    acc = v + acc
print(acc)
