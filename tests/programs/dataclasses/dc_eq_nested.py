# __eq__ compares nested dataclass fields and list fields element by element
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    corner: Point
    tags: list[str] = field(default_factory=list)


a = Shape("sq", Point(1, 2), ["red"])
b = Shape("sq", Point(1, 2), ["red"])
print(a == b)
b.corner.x = 5
print(a == b)
b.corner.x = 1
print(a == b)
b.tags.append("big")
print(a == b, a != b)
a.tags.append("big")
print(a == b)
print(Shape("a", Point(0, 0)) == Shape("b", Point(0, 0)))
print([Point(1, 1), Point(2, 2)] == [Point(1, 1), Point(2, 2)])
print([Point(1, 1)] == [Point(1, 2)])
