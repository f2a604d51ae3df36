# A class with __init__, fields, methods, a class attribute, __repr__, instances in a list.
class Point:
    """A point."""
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n


p = Point(3, 4)
print(p.norm2(), p.x, p.y)
q = p.moved(1)
print(q, repr(q), str(q), f"{q}")
pts = [Point(i, i * 2) for i in range(3)]
print(pts)
print(Point.count)
c = Counter()
for _ in range(5):
    c.tick()
print(c.n, c.tick())
print(sum(pt.norm2() for pt in pts))
class Empty:
    pass
e = Empty()
print(type(e).__name__ if False else "ok")
