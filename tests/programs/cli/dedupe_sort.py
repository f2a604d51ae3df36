# uniq/sort-like utilities over a file: dedupe keeping first occurrence, case-folded keys,
# numeric sort with fallbacks, and line counts; argv picks the field separator.
import sys

sep = sys.argv[1] if len(sys.argv) > 1 else ","
rows = [
    "banana,3,yellow", "Apple,10,red", "cherry,7,red", "apple,2,green", "banana,3,yellow",
    "date,x,brown", "Cherry,7,dark red", "elder,-1,black", "fig,10,purple",
]
with open("fruit.txt", "w") as f:
    for text in rows:
        print(text.replace(",", sep), file=f)

def read_rows(path):
    with open(path) as f:
        return [line.rstrip("\n").split(sep) for line in f]

data = read_rows("fruit.txt")
seen = set()
unique = []
for r in data:
    key = r[0].casefold()
    if key not in seen:
        seen.add(key)
        unique.append(r)
print("unique names:", [r[0] for r in unique])

def num_key(r):
    try:
        return (0, int(r[1]), r[0].lower())
    except ValueError:
        return (1, 0, r[0].lower())

with open("sorted.txt", "w") as f:
    for r in sorted(data, key=num_key):
        f.write(sep.join(r) + "\n")
print(open("sorted.txt").read(), end="")

counts = {}
with open("fruit.txt") as f:
    for line in f:
        counts[line] = counts.get(line, 0) + 1
dups = [(n, line.strip()) for line, n in counts.items() if n > 1]
print("duplicates:", dups)
colors = {}
for r in data:
    colors.setdefault(r[2].split()[-1], set()).add(r[0].lower())
for c in sorted(colors, key=lambda c: (-len(colors[c]), c)):
    print(f"{c:>7}: {', '.join(sorted(colors[c]))}")
