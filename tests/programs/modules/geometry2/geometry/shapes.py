import math
from .vector import Vec
from .errors import GeometryError


class Shape:
    kind = "shape"

    def __init__(self, origin: Vec) -> None:
        self.origin = origin

    def area(self) -> float:
        return 0.0

    def perimeter(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.kind} at {self.origin!r}: area={self.area():.3f} perim={self.perimeter():.3f}"

    def moved(self, d: Vec) -> "Shape":
        self.origin = self.origin + d
        return self


class Circle(Shape):
    kind = "circle"

    def __init__(self, origin: Vec, r: float) -> None:
        if r <= 0:
            raise GeometryError("radius", r)
        super().__init__(origin)
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect(Shape):
    kind = "rect"

    def __init__(self, origin: Vec, w: float, h: float) -> None:
        if w <= 0 or h <= 0:
            raise GeometryError("size", min(w, h))
        super().__init__(origin)
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, origin: Vec, side: float) -> None:
        super().__init__(origin, side, side)
