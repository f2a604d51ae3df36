# a list of Shape subclasses: area()/name() dispatch to each override, summed and printed
class Shape:
    def __init__(self, label):
        self.label = label

    def area(self):
        return 0.0

    def name(self):
        return "shape"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("c")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def name(self):
        return "circle"


class Square(Shape):
    def __init__(self, s):
        super().__init__("s")
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return "square"


class Triangle(Shape):
    def __init__(self, b, h):
        super().__init__("t")
        self.b = b
        self.h = h

    def area(self):
        return 0.5 * self.b * self.h

    def name(self):
        return "triangle"


shapes = [Circle(1.0), Square(2.0), Triangle(3.0, 4.0), Circle(2.5), Shape("?")]
total = 0.0
for s in shapes:
    a = s.area()
    total += a
    print(s.label, s.name(), round(a, 3))
print("total", round(total, 4))
print("count", len(shapes))
print([s.name() for s in shapes])
