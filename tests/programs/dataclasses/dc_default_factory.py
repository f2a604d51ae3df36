# field(default_factory=list): every instance gets its own fresh list
from dataclasses import dataclass, field


@dataclass
class Bag:
    owner: str
    items: list[str] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)


a = Bag("ann")
b = Bag("bob")
a.items.append("pen")
a.counts.append(2)
print(a)
print(b)
print(a.items is b.items)
c = Bag("cy", ["cup", "mug"])
c.items.append("jar")
print(c, len(c.items))
d = Bag("di", counts=[1, 2, 3])
print(d, sum(d.counts))
