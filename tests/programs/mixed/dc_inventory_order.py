# inventory of ordered dataclasses with default_factory fields and __post_init__
from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    price: int
    name: str
    tags: list[str] = field(default_factory=list)
    qty: int = 1

    def __post_init__(self) -> None:
        if self.qty < 0:
            raise ValueError(f"bad qty for {self.name}: {self.qty}")
        self.name = self.name.strip()


items = [Item(5, " pen "), Item(3, "cup", ["kitchen"]), Item(5, "ink", qty=3), Item(1, "clip")]
items[0].tags.append("office")
for it in sorted(items):
    print(it)
print(min(items), max(items))
print(Item(5, "pen") == Item(5, "pen", []))
print(Item(5, "pen") < Item(5, "pin"))
print(Item(2, "a") <= Item(2, "a"), Item(3, "a") > Item(2, "z"))
try:
    Item(1, "neg", qty=-2)
except ValueError as e:
    print("error:", e)
total = 0
for it in items:
    total += it.price * it.qty
print("total", total)
print(items[1].tags is items[2].tags, items[2].tags is items[3].tags)
