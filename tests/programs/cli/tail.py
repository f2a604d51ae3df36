# head/tail: first argument is head or tail, second is N
import sys


def parse_n(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        print(f"bad count: {s}", file=sys.stderr)
        sys.exit(2)
    if n < 0:
        print("count must be >= 0", file=sys.stderr)
        sys.exit(2)
    return n


if len(sys.argv) != 3:
    print("usage: tail.py head|tail N", file=sys.stderr)
    sys.exit(2)
mode = sys.argv[1]
n = parse_n(sys.argv[2])
lines = sys.stdin.readlines()
print(f"read {len(lines)} lines")
if mode == "head":
    chosen = lines[:n]
elif mode == "tail":
    chosen = lines[-n:] if n > 0 else []
else:
    print(f"unknown mode {mode}", file=sys.stderr)
    sys.exit(2)
for ln in chosen:
    sys.stdout.write(ln if ln.endswith("\n") else ln + "\n")
# a ring buffer tail implementation must agree
ring: list[str] = []
for ln in lines:
    ring.append(ln)
    if len(ring) > n:
        ring.pop(0)
print("agree:", ring == chosen if mode == "tail" else True)
