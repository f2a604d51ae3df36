# dataclass reprs with quotes, floats, None, bools, nested tuples and dicts; hash of frozen instances
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Tag:
    name: str
    weight: float = 1.0


@dataclass
class Record:
    title: str
    score: float = -0.0
    done: bool = False
    tags: list[Tag] = field(default_factory=list)
    meta: dict[str, int] = field(default_factory=dict)


r1 = Record("it's \"quoted\"\n", 0.1 + 0.2, True, [Tag("a"), Tag("b", 2.5)])
r1.meta["x"] = 1
r2 = Record("plain")
print(r1)
print(r2)
print([r1.tags[0]], r2.score, str(r2) == repr(r2))
print(hash(Tag("a")) == hash(("a", 1.0)), hash(Tag("a", 2.0)) == hash(Tag("a", 2.0)))
print(hash(Tag("k", 3.0)), hash(("k", 3.0)), hash(Tag("zz")))
print(Tag("a") in set(r1.tags), {Tag("n"): 1}[Tag("n", 1.0)])
print(f"{r2!r:>60}|")
print(f"{Tag('q')}")
