# super().__init__ and super().method, class attributes through instances, isinstance, type().
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("area of " + self.name)

    def describe(self):
        return f"{self.name}: {self.area():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        return "[" + super().describe() + "]"


r = Rect(2.0, 3.5)
s = Square(3.0)
print(r.describe(), s.describe(), Square.sides, s.sides, r.sides)
print(isinstance(s, Rect), isinstance(r, Square), isinstance(s, (Shape, int)), isinstance(3, Shape))
print(type(s).__name__, type(r))
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("abstract:", e)
print(s)
