from dataclasses import dataclass, field


@dataclass
class Product:
    sku: str
    name: str
    price_cents: int
    category: str = "misc"


@dataclass
class Line:
    product: Product
    qty: int

    def total(self) -> int:
        return self.product.price_cents * self.qty


@dataclass
class Cart:
    customer: str
    lines: list[Line] = field(default_factory=list)

    def add(self, p: Product, qty: int = 1) -> None:
        for ln in self.lines:
            if ln.product.sku == p.sku:
                ln.qty += qty
                return
        self.lines.append(Line(p, qty))

    def subtotal(self) -> int:
        return sum(ln.total() for ln in self.lines)
