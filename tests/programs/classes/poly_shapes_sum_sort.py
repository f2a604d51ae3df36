# sum(), max(), sorted(key=...) and comprehensions over a mixed list of shapes
class Shape:
    def area(self):
        return 0.0

    def name(self):
        return "blank"


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def name(self):
        return f"rect {self.w}x{self.h}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r

    def name(self):
        return f"circle r={self.r}"


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2

    def name(self):
        return f"tri {self.b}/{self.h}"


shapes = [Rect(2.0, 5.0), Circle(1.5), Tri(4.0, 4.0), Shape(), Rect(1.0, 1.0)]
print(sum([s.area() for s in shapes]))
biggest = max(shapes, key=lambda s: s.area())
print("biggest:", biggest.name())
smallest = min(shapes, key=lambda s: s.area())
print("smallest:", smallest.name())
for s in sorted(shapes, key=lambda s: s.area()):
    print(f"{s.name():>14} {s.area():7.2f}")
big = [s.name() for s in shapes if s.area() > 5.0]
print(big)
areas = {s.name(): s.area() for s in shapes}
print(areas)
