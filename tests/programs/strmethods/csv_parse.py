# Parse simple CSV text with split/strip and render a report.
data = """name, qty, price
widget, 4, 2.50
gadget , 10,0.99
  gizmo,1 , 100.00

doohickey,0,5.5
"""
lines = data.strip().splitlines()
header = [h.strip() for h in lines[0].split(",")]
print(header)
total = 0.0
for line in lines[1:]:
    if not line.strip():
        print("(blank line)")
        continue
    fields = [f.strip() for f in line.split(",")]
    name = fields[0]
    qty = int(fields[1])
    price = float(fields[2])
    cost = qty * price
    total += cost
    print(name.title().ljust(10), str(qty).rjust(3), str(price).rjust(7), str(round(cost, 2)).rjust(8))
print("total", round(total, 2))
