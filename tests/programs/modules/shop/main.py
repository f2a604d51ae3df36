import shop.inventory as inv
from shop.models import Product, Cart
from shop.report import receipt
from shop import pricing
import shop

print("main starting, currency", shop.CURRENCY)
for p, n in [
    (Product("B1", "Python Book", 3999, "books"), 5),
    (Product("T1", "Robot Toy", 2450, "toys"), 2),
    (Product("F1", "Coffee", 899, "food"), 40),
    (Product("M1", "Mug", 1200), 1),
]:
    inv.register(p, n)

orders = [
    ("alice", [("B1", 2), ("F1", 3), ("M1", 1)], "OFF10"),
    ("bob", [("T1", 3), ("M1", 1), ("F1", 1)], "HALF"),
    ("carol", [("B1", 1), ("B1", 2)], "BOGUS"),
    ("dave", [("F1", 1)], "OFF99"),
]
for customer, wants, coupon in orders:
    cart = Cart(customer)
    for sku, qty in wants:
        if inv.reserve(sku, qty):
            cart.add(inv.CATALOG[sku], qty)
        else:
            print(f"[{customer}] out of stock: {sku} x{qty} (have {inv.stock_of(sku)})")
    print(receipt(cart, coupon))
    print()
print("low stock:", inv.low_stock(1))
print(pricing.fmt(-5), pricing.fmt(123456))
print(Cart("x") == Cart("x"), Product("a", "b", 1))
