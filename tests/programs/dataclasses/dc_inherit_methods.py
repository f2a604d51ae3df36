# methods inherited and overridden across dataclasses, with super() calls
from dataclasses import dataclass


@dataclass
class Shape:
    name: str

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return self.name + " with area " + str(self.area())


@dataclass
class Circle(Shape):
    r: float = 1.0

    def area(self) -> float:
        return 3.0 * self.r * self.r


@dataclass
class Square(Shape):
    side: float = 1.0

    def area(self) -> float:
        return self.side * self.side

    def describe(self) -> str:
        return "[" + super().describe() + "]"


shapes: list[Shape] = [Shape("blob"), Circle("c", 2.0), Square("s", 1.5)]
for s in shapes:
    print(s, s.describe())
print(sum([s.area() for s in shapes]))
