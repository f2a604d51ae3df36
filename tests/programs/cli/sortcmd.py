# sort-like: -n numeric, -r reverse, -u unique, -k N key field (1-based)
import sys

numeric = False
reverse = False
unique = False
key = 0
args = sys.argv[1:]
i = 0
while i < len(args):
    a = args[i]
    if a == "-n":
        numeric = True
    elif a == "-r":
        reverse = True
    elif a == "-u":
        unique = True
    elif a == "-k":
        i += 1
        key = int(args[i])
    else:
        sys.stderr.write("sort: bad option " + a + "\n")
        sys.exit(2)
    i += 1

lines = [ln.rstrip("\n") for ln in sys.stdin.readlines()]


def field(line: str) -> str:
    if key == 0:
        return line
    parts = line.split()
    return parts[key - 1] if key - 1 < len(parts) else ""


def numkey(line: str) -> float:
    f = field(line)
    try:
        return float(f)
    except ValueError:
        return 0.0


if numeric:
    result = sorted(lines, key=numkey, reverse=reverse)
else:
    result = sorted(lines, key=field, reverse=reverse)
seen: set[str] = set()
for ln in result:
    k = field(ln)
    if unique:
        if k in seen:
            continue
        seen.add(k)
    print(ln)
print("---", len(result), "lines,", len(seen), "unique keys" if unique else "(no -u)")
