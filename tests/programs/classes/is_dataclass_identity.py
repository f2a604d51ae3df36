# dataclass __eq__ versus identity: equal but distinct objects, aliases, frozen copies
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class Tag:
    name: str


@dataclass
class Holder:
    p: Point
    tags: list[Tag] = field(default_factory=list)


p = Point(1, 2)
q = Point(1, 2)
print(p == q, p is q, p is not q)
h = Holder(p)
print(h.p is p, h.p is q, h.p == q)
h2 = Holder(Point(1, 2))
print(h == h2, h is h2, h.p is h2.p)
t = Tag("a")
h.tags.append(t)
h.tags.append(Tag("a"))
print(h.tags[0] == h.tags[1], h.tags[0] is h.tags[1], h.tags[0] is t)
d = {t: 1}
for k in d:
    print(k is t, k == Tag("a"), k is not Tag("a"))
