# cut -d DELIM -f LIST ; LIST like 1,3 or 2-4 or 3-
import sys


def parse_list(spec: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for part in spec.split(","):
        if "-" in part:
            lo_s, hi_s = part.split("-", 1)
            lo = int(lo_s) if lo_s else 1
            hi = int(hi_s) if hi_s else 10**9
        else:
            lo = hi = int(part)
        if lo < 1 or hi < lo:
            raise ValueError(f"invalid range {part!r}")
        ranges.append((lo, hi))
    return ranges


def selected(n: int, ranges: list[tuple[int, int]]) -> bool:
    return any(lo <= n <= hi for lo, hi in ranges)


delim = "\t"
spec = ""
argv = sys.argv[1:]
while argv:
    a = argv.pop(0)
    if a == "-d":
        delim = argv.pop(0)
    elif a == "-f":
        spec = argv.pop(0)
    else:
        print(f"cut: unknown {a}", file=sys.stderr)
        sys.exit(1)
try:
    ranges = parse_list(spec)
except ValueError as e:
    print(f"cut: {e}", file=sys.stderr)
    sys.exit(1)
print("ranges:", ranges)
for line in sys.stdin.read().splitlines():
    fields = line.split(delim)
    out = [f for i, f in enumerate(fields, 1) if selected(i, ranges)]
    print(delim.join(out))
