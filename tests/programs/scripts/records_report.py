# Records report: fixed-width tuples sliced with literal bounds, repeated, compared and sorted.
records = [
    ("2024-01-03", "north", "widget", 12, 2.5),
    ("2024-01-03", "south", "gadget", 3, 10.0),
    ("2024-01-04", "north", "gadget", 7, 10.0),
    ("2024-01-05", "east", "widget", 1, 2.5),
    ("2024-01-05", "north", "widget", 4, 2.75),
]
for rec in records:
    key = rec[:3]
    qty_price = rec[-2:]
    print(key, qty_price, rec[1:3], rec[::-1][:2], rec[::2])
totals = {}
for rec in records:
    region = rec[1]
    totals[region] = totals.get(region, 0.0) + rec[3] * rec[4]
print("totals:", totals)
print("north total known:", "north" in totals.keys(), 30.0 in totals.values(), ("east", 2.5) in totals.items())
newest_first = sorted(records, key=lambda r: r[0], reverse=True)
print("newest:", newest_first[0][:2], "oldest:", newest_first[-1][:2])
print("biggest sale:", max(records, key=lambda r: r[3] * r[4])[1:4])
print("tuple order:", records[0][:3] < records[2][:3], records[3][1:3] > records[4][1:3], records[0][3:] <= records[4][3:])
keys = sorted(map(lambda r: r[1:3], records))
print("sorted keys:", keys)
blank = ("",) * 3
sep = ("=" * 6,) * 5
print(blank, len(sep), " | ".join(sep))
widths = (10, 6, 7) * 1 + 2 * (4,)
print("widths:", widths, widths[:3], widths[3:])
for rec in sorted(records, key=lambda r: (r[1], -r[3])):
    cells = (rec[0], rec[1], rec[2], str(rec[3]), f"{rec[4]:.2f}")
    print(" | ".join(c.ljust(6) for c in cells))
pairs = [(r[2], r[3]) for r in records]
print("widget rows:", list(filter(lambda p: p[0] == "widget", pairs)), "units:", sum(map(lambda p: p[1], pairs)))
