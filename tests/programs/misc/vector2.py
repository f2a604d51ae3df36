# A Vector class (variant of vector.py: dot() instead of __matmul__, constructor takes a list[float],
# no tuple(list) in __hash__, no *list call unpacking); sorting by __lt__; hashing.
import math


class Vector:
    def __init__(self, xs: list[float]) -> None:
        self.xs = xs

    def __len__(self) -> int:
        return len(self.xs)

    def __getitem__(self, i: int) -> float:
        return self.xs[i]

    def __setitem__(self, i: int, v: float) -> None:
        self.xs[i] = v

    def __iter__(self):
        return iter(self.xs)

    def __add__(self, o: "Vector") -> "Vector":
        if len(self) != len(o):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(o)}")
        return Vector([a + b for a, b in zip(self.xs, o.xs)])

    def __sub__(self, o: "Vector") -> "Vector":
        return self + (-o)

    def __neg__(self) -> "Vector":
        return Vector([-a for a in self.xs])

    def __mul__(self, k: float) -> "Vector":
        return Vector([a * k for a in self.xs])

    def __rmul__(self, k: float) -> "Vector":
        return self * k

    def dot(self, o: "Vector") -> float:
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def norm(self) -> float:
        return math.sqrt(sum(a * a for a in self.xs))

    def __eq__(self, o: object) -> bool:
        return isinstance(o, Vector) and self.xs == o.xs

    def __lt__(self, o: "Vector") -> bool:
        return self.norm() < o.norm()

    def __hash__(self) -> int:
        return hash(repr(self))

    def __bool__(self) -> bool:
        return any(a != 0 for a in self.xs)

    def __contains__(self, v: float) -> bool:
        return v in self.xs

    def __repr__(self) -> str:
        return "Vector(" + ", ".join(f"{a:g}" for a in self.xs) + ")"


a = Vector([1.0, 2.0, 3.0])
b = Vector([4.5, -1.0, 0.0])
print(a + b, a - b, -a, a * 2.0, 0.5 * b)
print(a.dot(b), len(a), a[1], 2.0 in a, 7.0 in a, bool(Vector([0.0, 0.0])), bool(a))
a[0] = 10.0
print(a, [x for x in a], max(a.xs))
vs = [Vector([3.0, 4.0]), Vector([1.0, 1.0]), Vector([0.0, 0.0]), Vector([-6.0, 8.0]), Vector([0.5, 0.5])]
print(sorted(vs))
print(min(vs), max(vs))
print(Vector([1.0, 2.0]) == Vector([1.0, 2.0]), Vector([1.0, 2.0]) != Vector([2.0, 1.0]), Vector([1.0]) in [Vector([1.0])])
seen = {Vector([1.0, 2.0]), Vector([1.0, 2.0]), Vector([2.0, 1.0])}
print(len(seen), hash(Vector([1.0])) == hash(Vector([1.0])))
a += b
print(a, a.norm())
try:
    a + Vector([1.0, 2.0])
except ValueError as e:
    print("ValueError:", e)
