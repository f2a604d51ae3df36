# Variant of packages/geometry with Vec.length() instead of __abs__.
import geometry
from geometry import Circle, Rect, Square, Vec, Shape
from geometry.errors import GeometryError

shapes: list[Shape] = [Circle(Vec(0, 0), 1.0), Rect(Vec(1, 2), 3.0, 4.5), Square(Vec(-1, -1), 2.0), Circle(Vec(5, 5), 0.5)]
for s in shapes:
    print(s.describe())
total = sum(s.area() for s in shapes)
print(f"total area {total:.4f}")
biggest = max(shapes, key=lambda s: s.area())
print("biggest:", biggest.kind, type(biggest).__name__, isinstance(biggest, Rect))
for s in shapes:
    s.moved(Vec(1, 1))
print([s.origin for s in shapes])
print(Vec(3, 4).length(), Vec(1, 2) * 3 == Vec(3, 6), Vec(1, 1) - Vec(1, 1))
by_kind: dict[str, list[float]] = {}
for s in shapes:
    by_kind.setdefault(s.kind, []).append(round(s.perimeter(), 2))
print(by_kind)
print(Shape.kind, Square.kind, issubclass(Square, Rect), isinstance(shapes[0], Rect))
for args in [(-1.0,), (0.0,)]:
    try:
        Circle(Vec(0, 0), args[0])
    except ValueError as e:
        print("caught:", e, "|", type(e).__name__)
try:
    Rect(Vec(0, 0), 2.0, -3.0)
except GeometryError as e:
    print(e.what, e.value)
Square(Vec(0, 0), -2.5)
