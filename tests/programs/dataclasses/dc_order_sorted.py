# sorting order=True dataclasses with sorted(), reverse=True and list.sort()
from dataclasses import dataclass


@dataclass(order=True)
class Point:
    x: int
    y: int


pts = [Point(3, 1), Point(1, 5), Point(3, 0), Point(-2, 7), Point(1, 2)]
print(sorted(pts))
print(sorted(pts, reverse=True))
print(pts)
pts.sort()
print(pts)
pts.sort(reverse=True)
print(pts[0], pts[-1])
print(min(pts), max(pts))
print(min(Point(5, 5), Point(5, 4)), max(Point(0, 9), Point(1, 0)))
