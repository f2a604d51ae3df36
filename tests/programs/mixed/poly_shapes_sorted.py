# polymorphic shapes in one list, sorted via __lt__ and compared with min/max
class Shape:
    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.name}, {self.area():.2f})"


class Square(Shape):
    def __init__(self, name: str, side: float):
        super().__init__(name)
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, name: str, r: float):
        super().__init__(name)
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r


def describe(s: Shape) -> str:
    if isinstance(s, Circle):
        return f"circle r={s.r}"
    if isinstance(s, Square):
        return f"square side={s.side}"
    return "shape"


shapes: list[Shape] = [Square("a", 2.0), Circle("b", 1.0), Shape("c"), Square("d", 1.5), Circle("e", 0.5)]
print(sorted(shapes))
print(min(shapes), max(shapes))
print([describe(s) for s in shapes])
biggest = max(shapes)
print(biggest is shapes[0], biggest.name, type(biggest).__name__)
total = 0.0
for s in shapes:
    total += s.area()
print(round(total, 3))
shapes.sort(reverse=True)
print([s.name for s in shapes])
