# plain @dataclass with two int fields: positional construction, field access, repr
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p.x, p.y)
print(p)
print(repr(p))
q = Point(-3, 40)
print(q.x + q.y)
print(q)
p.x = 10
print(p)
print(p.x * p.y)
