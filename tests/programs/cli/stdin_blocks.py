# Blank-line separated blocks from stdin, each read by a function whose loop over sys.stdin
# stops at the block's end; the remaining blocks are read by the next call.
import sys

def read_block():
    lines = []
    for line in sys.stdin:
        if line.strip() == "":
            if lines:
                break
            continue
        lines.append(line.rstrip("\n"))
    return lines

def parse_block(lines):
    title = lines[0]
    fields = {}
    for entry in lines[1:]:
        key, _, value = entry.partition("=")
        fields[key.strip()] = value.strip()
    return title, fields

blocks = []
while True:
    block = read_block()
    if not block:
        break
    blocks.append(parse_block(block))
    if blocks[-1][0] == "STOP":
        break

for title, fields in blocks:
    print(f"{title} ({len(fields)} fields)")
    for k, v in sorted(fields.items()):
        print(f"    {k:>6}: {v}")

upper = [line.strip().upper() for line in sys.stdin if line.strip()]
print("after STOP:", upper)

def numbers_in(fields):
    for v in fields.values():
        if v.lstrip("-").isdigit():
            yield int(v)

totals = {title: sum(numbers_in(fields)) for title, fields in blocks}
print(totals)
q, r = divmod(sum(totals.values()), len(totals))
print(f"mean {q} rem {r}")
