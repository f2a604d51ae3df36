from shop.models import Product

_STOCK: dict[str, int] = {}
CATALOG: dict[str, Product] = {}


def register(p: Product, stock: int) -> None:
    CATALOG[p.sku] = p
    _STOCK[p.sku] = stock


def reserve(sku: str, qty: int) -> bool:
    have = _STOCK.get(sku, 0)
    if have < qty:
        return False
    _STOCK[sku] = have - qty
    return True


def stock_of(sku: str) -> int:
    return _STOCK[sku]


def low_stock(threshold: int) -> list[str]:
    return sorted(s for s, n in _STOCK.items() if n <= threshold)
