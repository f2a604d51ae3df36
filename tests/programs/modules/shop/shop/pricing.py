from .models import Cart, Line
from . import CURRENCY

DISCOUNTS = {"books": 10, "food": 0, "toys": 25}


class PricingError(Exception):
    pass


def line_discount(line: Line) -> int:
    pct = DISCOUNTS.get(line.product.category, 5)
    return line.total() * pct // 100


def coupon_value(code: str, subtotal: int) -> int:
    if code == "":
        return 0
    if code.startswith("OFF"):
        amount = int(code[3:]) * 100
        if amount > subtotal:
            raise PricingError(f"coupon {code} exceeds subtotal")
        return amount
    if code == "HALF":
        return subtotal // 2
    raise PricingError(f"unknown coupon {code!r}")


def fmt(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d} {CURRENCY}"


def price(cart: Cart, coupon: str = "") -> tuple[int, int, int]:
    sub = cart.subtotal()
    disc = sum(line_discount(ln) for ln in cart.lines)
    cpn = coupon_value(coupon, sub - disc)
    return sub, disc, cpn
