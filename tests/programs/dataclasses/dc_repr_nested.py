# repr of nested dataclasses and of lists of dataclasses
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: float


@dataclass
class Segment:
    a: Point
    b: Point
    name: str = "seg"


@dataclass
class Path:
    points: list[Point] = field(default_factory=list)


s = Segment(Point(0, 0.5), Point(3, 4.0))
print(s)
print(Segment(Point(1, 1.0), Point(2, 2.0), "diag"))
pts = [Point(1, 1.5), Point(2, 2.5)]
print(pts)
p = Path(pts)
print(p)
p.points.append(Point(9, -1.0))
print(p)
print(Path())
print([s, s])
