# generated __init__ called with positional, keyword, mixed and out-of-order keyword arguments
from dataclasses import dataclass


@dataclass
class Rect:
    left: int
    top: int
    width: int
    height: int


a = Rect(0, 0, 10, 20)
b = Rect(left=1, top=2, width=3, height=4)
c = Rect(5, 6, height=8, width=7)
d = Rect(height=1, width=2, top=3, left=4)
for r in [a, b, c, d]:
    print(r, r.width * r.height)
print(a.left + b.top + c.width + d.height)
