import math
from math import pi, inf, nan, isclose, isfinite

class Circle:
    PI2 = 2 * pi
    UNIT = math.sqrt(1)
    def __init__(self, r: float):
        if r < 0 or not isfinite(r):
            raise ValueError(f"bad radius {r}")
        self.r = r
    @property
    def area(self) -> float:
        return pi * self.r ** 2
    def __eq__(self, other):
        return isclose(self.r, other.r, rel_tol=1e-9, abs_tol=0.0)
    def __hash__(self):
        return hash(round(self.r, 6))
    def __lt__(self, other):
        return self.area < other.area
    def __repr__(self):
        return f"Circle(r={self.r:g})"
    @staticmethod
    def from_area(a: float) -> "Circle":
        return Circle(math.sqrt(a / pi))

cs = [Circle(1.0), Circle.from_area(pi), Circle(2.0), Circle(0.5), Circle.from_area(4 * pi)]
print(cs, Circle.PI2, Circle.UNIT)
print(sorted(cs), max(cs), cs.count(Circle(1.0)), Circle(2.0) in cs, len(set(cs)))
print({c: c.area for c in cs})
for r in [3.0, -1.0, inf, nan]:
    try:
        print(Circle(r).area)
    except ValueError as e:
        print("ValueError:", e)
tol = 0.5
print(isclose(1.0, 1.4, abs_tol=tol), isclose(1.0, 1.6, rel_tol=tol / 2), isclose(a=1.0, b=1.0) if False else 0)
flag = True
print(math.sqrt(flag), math.hypot(flag, flag), math.floor(flag), math.exp(flag), math.isqrt(flag), math.log(flag + 1, 2))
def dist3(x1=0.0, y1=0.0, z1=0.0, x2=1.0, y2=1.0, z2=1.0):
    return math.hypot(x2 - x1, y2 - y1, z2 - z1)
print(dist3(), dist3(z2=5.0), math.hypot(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20) == math.factorial(20), all(math.comb(n, k) == fact(n) // (fact(k) * fact(n - k)) for n in range(10) for k in range(n + 1)))
print(Circle(-2.0))
