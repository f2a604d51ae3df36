# Fixed-width records read with read(n) and readline(n); a chunked checksum.
RECORDS = [("A001", "Widget", 250, 3), ("B17", "Gadget deluxe", 1999, 1), ("C3", "Nut", 5, 400),
           ("D44", "Bolt-ü", 7, 250)]

with open("fixed.dat", "w") as f:
    for code, name, cents, qty in RECORDS:
        f.write(f"{code:<5}{name:<15}{cents:>7}{qty:>5}\n")

WIDTHS = [5, 15, 7, 5]
with open("fixed.dat") as f:
    rows = []
    while True:
        fields = []
        for w in WIDTHS:
            fields.append(f.read(w))
        if not fields[0]:
            break
        newline = f.read(1)
        assert newline == "\n", repr(newline)
        rows.append((fields[0].strip(), fields[1].strip(), int(fields[2]), int(fields[3])))
for code, name, cents, qty in rows:
    dollars, c = divmod(cents * qty, 100)
    print(f"{code:>5} | {name:<14} | {qty:>4} x {cents / 100:>6.2f} = {dollars:>5}.{c:02d}")

with open("fixed.dat") as f:
    pieces = []
    while True:
        piece = f.readline(10)
        if not piece:
            break
        pieces.append(piece)
print(len(pieces), [len(p) for p in pieces][:8])
print(pieces[:3])

def checksum(path, size):
    total = 0
    chunks = 0
    with open(path) as f:
        while True:
            chunk = f.read(size)
            if chunk == "":
                break
            chunks += 1
            for i, ch in enumerate(chunk):
                total = (total * 31 + ord(ch) * (i + 1)) % 1000000007
    return total, chunks

for size in [1, 7, 64, 4096]:
    print(size, checksum("fixed.dat", size))
with open("fixed.dat") as f:
    print(repr(f.read(0)), repr(f.readline(0)), repr(f.readline(-1)[:8]), repr(f.read(-1)[-6:]))
