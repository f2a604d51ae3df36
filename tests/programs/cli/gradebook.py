# A gradebook read with input(): a count, then "name score score ..." lines; letter grades,
# Optional best/worst, divmod-based rounding, results written to a file and re-read.
def letter(avg):
    if avg is None:
        return "-"
    tens, _ = divmod(int(avg), 10)
    return {10: "A", 9: "A", 8: "B", 7: "C", 6: "D"}.get(tens, "F")

def average(scores):
    if not scores:
        return None
    return sum(scores) / len(scores)

n = int(input("students: "))
print()
book = {}
for i in range(n):
    parts = input().split()
    name = parts[0]
    try:
        book[name] = [int(s) for s in parts[1:]]
    except ValueError as e:
        print(f"bad scores for {name}: {e}")
        book[name] = []

best_name = None
best_avg = -1.0
with open("grades.txt", "w") as out:
    for name in sorted(book):
        avg = average(book[name])
        if avg is not None and avg > best_avg:
            best_avg = avg
            best_name = name
        shown = f"{avg:6.2f}" if avg is not None else f"{'n/a':>6}"
        out.write(f"{name:<8}{len(book[name]):>3}{shown} {letter(avg)}\n")
print(open("grades.txt").read(), end="")
print(f"best: {best_name} ({best_avg:.1f})")
dist = {}
with open("grades.txt") as f:
    for line in f:
        g = line.split()[-1]
        dist[g] = dist.get(g, 0) + 1
print(" ".join(f"{g}:{dist[g]}" for g in sorted(dist)))
all_scores = sorted(s for scores in book.values() for s in scores)
mid, odd = divmod(len(all_scores), 2)
median = float(all_scores[mid]) if odd else (all_scores[mid - 1] + all_scores[mid]) / 2
print("median", median, "range", all_scores[0], "-", all_scores[-1])
try:
    extra = input("more? ")
    print("got", extra)
except EOFError:
    print("<no more input>")
