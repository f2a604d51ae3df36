import math
from math import sqrt, atan2, degrees, radians, hypot, pi, isclose

class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y
    def dist(self, other: "Point") -> float:
        return hypot(self.x - other.x, self.y - other.y)
    def angle(self) -> float:
        return degrees(atan2(self.y, self.x))
    def __repr__(self):
        return f"Point({self.x:.3f}, {self.y:.3f})"
    def rotate(self, deg: float) -> "Point":
        r = radians(deg)
        c, s = math.cos(r), math.sin(r)
        return Point(self.x * c - self.y * s, self.x * s + self.y * c)

def polygon_area(pts):
    a = 0.0
    n = len(pts)
    for i in range(n):
        j = (i + 1) % n
        a += pts[i].x * pts[j].y - pts[j].x * pts[i].y
    return abs(a) / 2

def regular(n, r=1.0):
    return [Point(r * math.cos(2 * pi * k / n), r * math.sin(2 * pi * k / n)) for k in range(n)]

for n in [3, 4, 6, 12, 100]:
    pts = regular(n)
    area = polygon_area(pts)
    per = sum((pts[i].dist(pts[(i + 1) % n]) for i in range(n)), 0.0)
    print(f"n={n:3d} area={area:.6f} perimeter={per:.6f} ratio={area / pi:.4%} close={isclose(area, pi, rel_tol=1e-2)}")

p = Point(3.0, 4.0)
print(p, p.angle(), p.rotate(90), p.rotate(-45).angle())
print(round(p.dist(Point(0.0, 0.0))), int(math.floor(p.angle())), math.ceil(p.angle()))
tri = [3.0, 4.0, 5.0]
s = sum(tri) / 2
heron = sqrt(s * (s - tri[0]) * (s - tri[1]) * (s - tri[2]))
print("heron", heron, f"{heron!r}", f"{heron:e}", f"{math.pi:.15g}", "%.3f" % math.e, str(math.tau), format(math.inf), format(-math.inf, ">8"), f"{math.nan:5}")
angles = [math.degrees(math.acos((b*b + c*c - a*a) / (2*b*c))) for a, b, c in [(3, 4, 5), (4, 5, 3), (5, 3, 4)]]
print(angles, sum(angles))
print(sorted(regular(5), key=lambda q: q.angle()))
print(max(regular(7), key=lambda q: q.x), min(math.sin(k) for k in range(10)))
