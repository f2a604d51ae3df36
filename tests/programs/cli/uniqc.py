# uniq -c style, plus a histogram of counts
import sys
from collections import Counter

prev = None
count = 0
runs: list[tuple[int, str]] = []
for raw in sys.stdin:
    line = raw.rstrip("\n")
    if prev is not None and line == prev:
        count += 1
    else:
        if prev is not None:
            runs.append((count, prev))
        prev = line
        count = 1
if prev is not None:
    runs.append((count, prev))
for c, text in runs:
    print(f"{c:>4} {text}")
totals = Counter()
for c, text in runs:
    totals[text] += c
print("most common:")
for text, c in totals.most_common(3):
    bar = "#" * c
    print(f"  {text:<8} {bar:<10} {c}")
print("distinct:", len(totals), "runs:", len(runs))
