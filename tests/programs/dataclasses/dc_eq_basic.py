# generated __eq__: equal when all fields are equal; != is its negation
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


a = Point(1, 2)
b = Point(1, 2)
c = Point(2, 1)
d = a
print(a == b, a != b)
print(a == c, a != c)
print(a == d, a != d)
print(a is b, a is d)
b.y = 3
print(a == b, a != b)
b.y = 2
print(a == b)
print(Point(0, 0) == Point(0, 0), Point(0, 0) != Point(0, 1))
