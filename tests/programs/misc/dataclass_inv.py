# Dataclasses: order, frozen, default_factory, __post_init__, field(compare/repr=False), replace-by-hand.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, s: str) -> "Version":
        parts = [int(p) for p in s.split(".")]
        while len(parts) < 3:
            parts.append(0)
        return cls(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def manhattan(self) -> int:
        return abs(self.x) + abs(self.y)


@dataclass
class Package:
    name: str
    version: Version
    deps: list[str] = field(default_factory=list)
    size_kb: float = 0.0
    notes: str = field(default="", repr=False, compare=False)
    slug: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.slug = self.name.lower().replace(" ", "-")
        if self.size_kb < 0:
            raise ValueError(f"negative size for {self.name}")


versions = [Version.parse(s) for s in ["1.10", "1.2.3", "0.9.9", "1.2", "2", "1.2.10"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions), Version(1, 2) == Version(1, 2, 0), Version(1, 2) < Version(1, 10))
p = Point(3, -4)
print(p, p.manhattan(), p == Point(3, -4), hash(p) == hash(Point(3, -4)))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), sorted(q.manhattan() for q in pts))
pkgs = [
    Package("Core Lib", Version(1, 0), size_kb=120.5),
    Package("Web Kit", Version(2, 3, 1), ["Core Lib"], 300.0, notes="beta"),
    Package("CLI", Version(0, 4), ["Core Lib", "Web Kit"]),
]
for pk in pkgs:
    print(pk)
print(pkgs[0].slug, pkgs[1].notes, pkgs[2].deps)
a = Package("X", Version(1), notes="one")
b = Package("X", Version(1), notes="two")
print(a == b, a.deps is not b.deps)
a.deps.append("y")
print(a.deps, b.deps)
try:
    Package("Bad", Version(0), size_kb=-1.0)
except ValueError as e:
    print("ValueError:", e)
