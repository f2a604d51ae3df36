# A realistic script: write a small corpus, read it back, report on it, save the report.

CORPUS = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A quick brown dog? No -- a quick red fox.

Foxes and dogs: friends or foes?
"""

with open("corpus.txt", "w") as f:
    f.write(CORPUS)

counts = {}
line_lengths = []
with open("corpus.txt") as f:
    for line in f:
        line = line.strip()
        if not line:
            continue
        line_lengths.append(len(line))
        for raw in line.split():
            word = raw.strip(".,;:!?-").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
with open("report.txt", "w") as out:
    print(f"{'word':<8}{'count':>6}", file=out)
    print("-" * 14, file=out)
    for word, n in ranked[:8]:
        print(f"{word:<8}{n:>6}", file=out)
    print(f"lines: {len(line_lengths)}, longest: {max(line_lengths)}", file=out)

with open("report.txt") as report:
    print(report.read(), end="")

with open("report.txt") as report:
    rows = [line.split() for line in report if line[0].islower() and line[-2].isdigit()]
print(rows[:3])
