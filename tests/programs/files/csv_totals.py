# Reads a CSV file the program wrote, totals it by group and writes a summary file.

rows = [
    ("date", "region", "product", "units", "price"),
    ("2024-01-03", "north", "widget", "12", "2.50"),
    ("2024-01-04", "south", "gadget", "3", "10.00"),
    ("2024-01-04", "north", "gadget", "5", "10.00"),
    ("2024-01-05", "east", "widget", "40", "2.25"),
    ("2024-01-06", "south", "widget", "7", "2.50"),
    ("2024-01-06", "east", "gizmo", "1", "99.99"),
]
with open("sales.csv", "w") as f:
    for row in rows:
        f.write(",".join(row) + "\n")

by_region = {}
by_product = {}
with open("sales.csv") as f:
    header = f.readline().strip().split(",")
    print("columns:", header)
    for line in f:
        date, region, product, units, price = line.strip().split(",")
        amount = int(units) * float(price)
        by_region[region] = by_region.get(region, 0.0) + amount
        sold = by_product.setdefault(product, [])
        sold.append(int(units))

with open("summary.txt", "w") as out:
    for region in sorted(by_region):
        out.write(f"{region:>6}: {by_region[region]:9.2f}\n")
    for product, sales in sorted(by_product.items()):
        out.write(f"{product:>6}: {sum(sales):4d} units in {len(sales)} sales\n")

for line in open("summary.txt"):
    print(line, end="")
