# field(compare=False), field(repr=False), init=False fields and eq between different dataclasses
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int
    label: str = field(default="", compare=False)
    secret: str = field(default="s", repr=False)
    hits: int = field(default=0, init=False, compare=False)

    def bump(self) -> "Version":
        self.hits += 1
        return Version(self.major, self.minor + 1, self.label)


@dataclass
class Other:
    major: int
    minor: int


a = Version(1, 2, "alpha")
b = Version(1, 2, "beta", "t")
print(a, b)
print(a == b, a < b, a <= b, a >= b)
c = a.bump().bump()
print(c, a.hits, c.hits)
print(sorted([Version(2, 0), Version(1, 10), Version(1, 9, "x")]))
print(a == Other(1, 2), Other(1, 2) == Other(1, 2), Other(1, 2) != Other(2, 1))
print(max([Version(0, 1, "z"), Version(0, 1, "a")]).label)
vs = [Version(3, 1), Version(1, 1), Version(2, 5)]
vs.sort(reverse=True)
print([f"{v.major}.{v.minor}" for v in vs])
