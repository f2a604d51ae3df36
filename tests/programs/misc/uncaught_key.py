# Inventory lookups that eventually hit an uncaught KeyError inside nested calls.
STOCK = {"apple": 5, "pear": 0, "plum": 12}
PRICES = {"apple": 0.5, "pear": 0.75, "plum": 0.2, "kiwi": 0.9}


def available(item: str) -> int:
    return STOCK[item]


def quote(item: str, qty: int) -> float:
    have = available(item)
    if have < qty:
        print(f"  only {have} {item}(s) in stock")
        qty = have
    return qty * PRICES[item]


orders = [("apple", 3), ("plum", 20), ("pear", 1), ("kiwi", 2), ("apple", 1)]
total = 0.0
for item, qty in orders:
    print(f"quote {item} x{qty}")
    try:
        total += quote(item, qty)
    except KeyError as e:
        print("  skipped, unknown item", e)
print(f"total {total:.2f}")
for item in ["plum", "banana"]:
    print(item, available(item))
