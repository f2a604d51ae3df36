# A CSV parser that handles quoted fields, escaped quotes and embedded commas/newlines.

DATA = 'id,name,notes,amount\n1,"Smith, John","said ""hi""",12.50\n2,Jane,,7\n3,"multi\nline",plain,-3.25\n4,"",   spaced  ,0\n'


def parse_csv(text: str, sep: str = ",") -> list[list[str]]:
    rows: list[list[str]] = []
    row: list[str] = []
    field: list[str] = []
    in_quotes = False
    i = 0
    while i < len(text):
        c = text[i]
        if in_quotes:
            if c == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(c)
        elif c == '"':
            in_quotes = True
        elif c == sep:
            row.append("".join(field))
            field = []
        elif c == "\n":
            row.append("".join(field))
            rows.append(row)
            row = []
            field = []
        else:
            field.append(c)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


def quote(f: str) -> str:
    if any(ch in f for ch in ',"\n') or f != f.strip():
        return '"' + f.replace('"', '""') + '"'
    return f


rows = parse_csv(DATA)
header, body = rows[0], rows[1:]
print(header)
for r in body:
    print(len(r), r)
widths = [max(len(r[i].replace("\n", "\\n")) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(r[i].replace("\n", "\\n").ljust(widths[i]) for i in range(len(r))))
total = sum(float(r[3]) for r in body)
print(f"total amount: {total:.2f}")
out = "\n".join(",".join(quote(f) for f in r) for r in rows) + "\n"
print(out == DATA, repr(out[:40]))
print(parse_csv(out) == rows)
print(parse_csv("a;b;;c", sep=";"))
