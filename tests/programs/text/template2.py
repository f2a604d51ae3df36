# Template filling (variant of template.py: literal format strings only, no **dict): positional, named, indexed, format specs, escaped braces.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int
    price: float


HEADER = "{0:=^40}"
LINE = "{name:<16}{qty:>5} x {price:>8.2f} = {total:>9.2f}"
FOOTER = "{label:>31}: {value:>8.2f}"

items = [Item("Widget", 3, 4.5), Item("Gadget (large)", 1, 129.99), Item("Thingamajig", 12, 0.333), Item("Ünicode ✓", 2, 10.0)]
print("{0:=^40}".format(" INVOICE #{} ".format(1042)))
subtotal = 0.0
for it in items:
    total = it.qty * it.price
    subtotal += total
    print("{name:<16}{qty:>5} x {price:>8.2f} = {total:>9.2f}".format(name=it.name, qty=it.qty, price=it.price, total=total))
tax = subtotal * 0.0825
print("{label:>31}: {value:>8.2f}".format(label="Subtotal", value=subtotal))
print("{label:>31}: {value:>8.2f}".format(label="Tax (8.25%)", value=tax))
print("{label:>31}: {value:>8.2f}".format(label="TOTAL", value=subtotal + tax))
print("{0:=^40}".format(""))

print("{} + {} = {}".format(2, 3, 2 + 3))
print("{1} before {0}; {0} again".format("first", "second"))
print("{{literal}} and {0!r} and {0!s}".format("x"))
print("hex {0:x} oct {0:o} bin {0:b} HEX {0:#X}".format(255))
print("{:+d} {:+d} {: d}".format(5, -5, 7))
print("{:,} {:_} {:.3e} {:g}".format(1234567, 9876543, 12345.678, 0.00001234))
print("{:08.3f}|{:<8}|{:^8}|{:>8}|".format(-3.14159, "ab", "cd", "ef"))
print("{:*>10}|{:.<10}|{:%}".format("right", "left", 0.256))
coords = (3, -4)
print("x={0[0]} y={0[1]}".format(coords))
d = {"user": "ada", "lang": "Python"}
print("{user} writes {lang}".format(user=d["user"], lang=d["lang"]))
people = [("Ada", 36), ("Grace", 85), ("Linus", 54)]
for name, age in people:
    print("{:<6}|{:>4}|{}".format(name, age, "senior" if age >= 60 else "adult"))
width = 12
print("{:>{w}}|{:^{w}.3}|".format("dyn", "truncate-me", w=width))
print(f"{'nested f':>{width}} {3.14159:.{2}f}")
