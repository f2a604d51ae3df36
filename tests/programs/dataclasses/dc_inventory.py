# a small inventory: frozen keys, mutable records, default factories, sorting with order=True
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sku:
    code: str
    size: int

@dataclass(order=True)
class Line:
    price: int
    name: str
    qty: int = 0


@dataclass
class Inventory:
    stock: dict[Sku, Line] = field(default_factory=dict)

    def add(self, sku: Sku, name: str, price: int, qty: int) -> None:
        if sku in self.stock:
            self.stock[sku].qty += qty
        else:
            self.stock[sku] = Line(price, name, qty)

    def value(self) -> int:
        return sum([ln.price * ln.qty for ln in self.stock.values()])


inv = Inventory()
inv.add(Sku("TS", 1), "tshirt", 15, 10)
inv.add(Sku("TS", 2), "tshirt", 17, 4)
inv.add(Sku("HAT", 0), "hat", 9, 3)
inv.add(Sku("TS", 1), "tshirt", 15, 5)
print(inv.stock[Sku("TS", 1)])
print(inv.value())
for ln in sorted(inv.stock.values()):
    print(ln)
print(max(inv.stock.values()).name, len(inv.stock))
