# Dataclass records saved to a tab-separated file and loaded back, with Optional fields
# formatted with specs, sorting by several keys and a restock report.
from dataclasses import dataclass, field

@dataclass
class Item:
    sku: str
    name: str
    qty: int
    price: float
    tags: list = field(default_factory=list)

def reorder_point(item):
    if "seasonal" in item.tags:
        return None
    return max(5, item.qty // 4)

items = [
    Item("A-1", "hammer", 12, 9.99, ["tools"]),
    Item("B-7", "snow shovel", 3, 24.5, ["tools", "seasonal"]),
    Item("C-3", "nails (100)", 240, 3.25),
    Item("D-9", "ladder", 2, 89.0, ["large"]),
    Item("E-2", "glue", 0, 4.75, ["craft"]),
]

with open("inventory.tsv", "w") as f:
    for it in items:
        f.write("\t".join([it.sku, it.name, str(it.qty), repr(it.price), ",".join(it.tags)]) + "\n")

loaded = []
with open("inventory.tsv") as f:
    for line in f:
        sku, name, qty, price, tags = line.rstrip("\n").split("\t")
        loaded.append(Item(sku, name, int(qty), float(price), [t for t in tags.split(",") if t]))
print(loaded == items, loaded[1])

print(f"{'sku':<4} {'name':<12} {'qty':>4} {'value':>8} {'reorder':>7}")
for it in sorted(loaded, key=lambda i: (-i.qty * i.price, i.sku)):
    rp = reorder_point(it)
    flag = "!" if rp is not None and it.qty < rp else " "
    print(f"{it.sku:<4} {it.name:<12} {it.qty:>4} {it.qty * it.price:>8.2f} {rp!s:>7}{flag}")

with open("restock.txt", "w") as out:
    for it in loaded:
        rp = reorder_point(it)
        if rp is None:
            print(f"{it.sku}: seasonal, skip", file=out)
        elif it.qty < rp:
            boxes, loose = divmod(rp * 2 - it.qty, 6)
            print(f"{it.sku}: order {boxes} boxes + {loose} loose", file=out)
print(open("restock.txt").read(), end="")
total = sum(i.qty * i.price for i in loaded)
whole, cents = divmod(round(total * 100), 100)
print(f"total value ${whole:,}.{cents:02d}", type(loaded).__name__, type(loaded[0].tags).__name__)
