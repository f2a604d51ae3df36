# tee: copies stdin to stdout and to a file, line by line, numbering lines that match a
# keyword; then a second pass over the file computes a histogram of line lengths.
import sys

keyword = sys.argv[1]
matches = 0
total = 0
with open("copy.txt", "w") as out:
    for line in sys.stdin:
        total += 1
        out.write(line)
        if keyword in line:
            matches += 1
            sys.stdout.write(f"{matches:>3}* {line}")
        else:
            sys.stdout.write(f"     {line}")
        if not line.endswith("\n"):
            print()
print(f"{total} lines, {matches} with {keyword!r}")

buckets = {}
with open("copy.txt") as f:
    for line in f:
        n = len(line.rstrip("\n"))
        b, _ = divmod(n, 10)
        buckets[b] = buckets.get(b, 0) + 1
for b in range(max(buckets) + 1):
    count = buckets.get(b, 0)
    print(f"{b * 10:>3}-{b * 10 + 9:<3} {'#' * count}{' ' + str(count) if count else ''}")
same = open("copy.txt").read()
print(len(same), same.count(keyword), same.endswith("\n"))
