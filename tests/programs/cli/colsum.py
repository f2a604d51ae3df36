# Sum numeric columns of comma-separated input with a header row.
import sys

header = sys.stdin.readline().strip().split(",")
ncols = len(header)
sums = [0.0] * ncols
counts = [0] * ncols
bad = 0
rows = 0
for raw in sys.stdin:
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    rows += 1
    fields = line.split(",")
    if len(fields) != ncols:
        print(f"line {rows}: expected {ncols} fields, got {len(fields)}", file=sys.stderr)
        bad += 1
        continue
    for i, f in enumerate(fields):
        try:
            v = float(f)
        except ValueError:
            continue
        sums[i] += v
        counts[i] += 1

print(f"{'column':<10}|{'count':>6}|{'sum':>12}|{'mean':>10}")
print("-" * 41)
for i in range(ncols):
    if counts[i] == 0:
        print(f"{header[i]:<10}|{0:>6}|{'-':>12}|{'-':>10}")
    else:
        mean = sums[i] / counts[i]
        print(f"{header[i]:<10}|{counts[i]:>6}|{sums[i]:>12.3f}|{mean:>10.2f}")
print(f"rows={rows} bad={bad}")
