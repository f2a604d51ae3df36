# Read numbers (whitespace separated) from stdin and print descriptive statistics.
import sys
import math

nums: list[float] = []
skipped: list[str] = []
for tok in sys.stdin.read().split():
    try:
        nums.append(float(tok))
    except ValueError:
        skipped.append(tok)

if not nums:
    print("no data", file=sys.stderr)
    sys.exit(1)

n = len(nums)
mean = sum(nums) / n
s = sorted(nums)
if n % 2:
    median = s[n // 2]
else:
    median = (s[n // 2 - 1] + s[n // 2]) / 2
var = sum((x - mean) ** 2 for x in nums) / (n - 1) if n > 1 else 0.0
sd = math.sqrt(var)
print(f"n       = {n}")
print(f"min/max = {s[0]:g} / {s[-1]:g}")
print(f"mean    = {mean:.4f}")
print(f"median  = {median:.4f}")
print(f"stdev   = {sd:.4f}")
print(f"fsum    = {math.fsum(nums)!r}")
print(f"sum     = {sum(nums)!r}")
q = [s[int(p * (n - 1))] for p in (0.25, 0.5, 0.75)]
print("quartiles:", q)
lo, hi = s[0], s[-1]
bins = 5
width = (hi - lo) / bins
counts = [0] * bins
for x in nums:
    b = int((x - lo) / width) if width > 0 else 0
    counts[min(b, bins - 1)] += 1
for i, c in enumerate(counts):
    left = lo + i * width
    print(f"[{left:8.2f}, {left + width:8.2f}) {'*' * c}")
print("skipped:", skipped)
