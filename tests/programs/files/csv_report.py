# CSV sales data: written, parsed (with a quoted field), aggregated, and a report file written.
ROWS = [
    ["date", "region", "product", "units", "price"],
    ["2024-01-03", "north", "widget", "10", "2.50"],
    ["2024-01-03", "south", "gadget", "3", "19.99"],
    ["2024-01-04", "north", "gadget", "1", "19.99"],
    ["2024-01-05", "east", "widget, large", "7", "4.25"],
    ["2024-01-05", "south", "widget", "12", "2.50"],
    ["2024-01-06", "east", "gizmo", "0", "99.00"],
]

def quote(field):
    if "," in field or '"' in field:
        return '"' + field.replace('"', '""') + '"'
    return field

def split_csv(line):
    fields = []
    cur = ""
    quoted = False
    i = 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    fields.append(cur)
    return fields

with open("sales.csv", "w") as out:
    for row in ROWS:
        out.write(",".join(quote(f) for f in row) + "\r\n")

totals = {}
units_by_product = {}
with open("sales.csv") as f:
    header = split_csv(f.readline().rstrip("\n"))
    print("header:", header)
    for line in f:
        rec = dict(zip(header, split_csv(line.rstrip("\n"))))
        amount = int(rec["units"]) * float(rec["price"])
        totals[rec["region"]] = totals.get(rec["region"], 0.0) + amount
        units_by_product[rec["product"]] = units_by_product.get(rec["product"], 0) + int(rec["units"])

ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)
with open("report.txt", "w") as rep:
    rep.write(f"{'region':<8}{'total':>10}\n")
    rep.write("-" * 18 + "\n")
    for region, total in ranked:
        rep.write(f"{region:<8}{total:>10.2f}\n")
    rep.writelines([f"{p}: {u}\n" for p, u in sorted(units_by_product.items())])
    grand = sum(totals.values())
    print(f"TOTAL   {grand:>10,.2f}", file=rep)
print(open("report.txt").read(), end="")
with open("report.txt") as rep:
    lines = rep.readlines()
print(len(lines), "lines;", "longest:", max(len(l) for l in lines) - 1)
print(type(ranked).__name__, type(ranked[0]).__name__, type(totals).__name__)
