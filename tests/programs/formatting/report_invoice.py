# A small invoice printed with f-string specs, str.format and % formatting.
items = [("Widget", 4, 3.5), ("Gadget (large)", 1, 129.99), ("Ünïcode cable", 12, 0.75), ("Service fee", 1, 1250.0)]
width = 44
print(f"{'INVOICE':^{width}}")
print(f"{'':=<{width}}")
print("{:<20}{:>6}{:>9}{:>9}".format("Item", "Qty", "Price", "Total"))
print("-" * width)
subtotal = 0.0
for name, qty, price in items:
    line_total = qty * price
    subtotal += line_total
    print(f"{name:<20.20}{qty:>6d}{price:>9,.2f}{line_total:>9,.2f}")
print("-" * width)
tax_rate = 0.0825
tax = subtotal * tax_rate
total = subtotal + tax
print("%-35s%9.2f" % ("Subtotal", subtotal))
print("%-35s%9.2f" % ("Tax (%.2f%%)" % (tax_rate * 100), tax))
print(f"{'Total':<35}{total:>9,.2f}")
print(f"{'Total in cents':<30}{round(total * 100):>14,d}")
print("{:*^{}}".format(" thank you ", width))
print(f"{subtotal=:.2f} {tax=:.4f} {total = :,.1f}")
