from shop import pricing
from shop.models import Cart
import shop


def receipt(cart: Cart, coupon: str = "") -> str:
    lines = [f"== {cart.customer} (shop v{shop.VERSION}) =="]
    for ln in cart.lines:
        lines.append(f"{ln.product.name:<14}{ln.qty:>3} x {pricing.fmt(ln.product.price_cents):>12} = {pricing.fmt(ln.total()):>12}")
    try:
        sub, disc, cpn = pricing.price(cart, coupon)
    except pricing.PricingError as e:
        lines.append(f"!! {e}")
        sub, disc, cpn = pricing.price(cart)
    lines.append(f"{'subtotal':>32} {pricing.fmt(sub):>12}")
    lines.append(f"{'discounts':>32} {pricing.fmt(-disc):>12}")
    if cpn:
        lines.append(f"{'coupon':>32} {pricing.fmt(-cpn):>12}")
    lines.append(f"{'TOTAL':>32} {pricing.fmt(sub - disc - cpn):>12}")
    return "\n".join(lines)
