# A small report laid out with format(): alignment, grouping, percentages.
rows = [("Widgets", 1234, 3.5), ("Gadgets", 98, 129.99), ("Gizmos (ünï)", 1000000, 0.015), ("Ω", 0, 12.0)]
total = 0.0
for name, qty, price in rows:
    total += qty * price
print(format("item", "<14") + format("qty", ">10") + format("price", ">10") + format("amount", ">16") + format("share", ">8"))
print("-" * 58)
for name, qty, price in rows:
    amount = qty * price
    print(format(name, "<14") + format(qty, ">10,") + format(price, ">10.2f") + format(amount, ">16,.2f") + format(amount / total, ">8.1%"))
print("=" * 58)
print(format("total", "<14") + format(total, ">44,.2f"))
price_sum = 0.0
for r in rows:
    price_sum += r[2]
print(format("mean price", "<14") + format(price_sum / len(rows), ">44.3e"))
