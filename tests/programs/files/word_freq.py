# Word frequencies of a text file, with stop words from a second file; a report file with
# aligned columns, and a histogram scaled with divmod.
from collections import Counter

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.
"""
with open("tale.txt", "w") as f:
    f.write(TEXT)
with open("stop.txt", "w") as f:
    f.writelines(w + "\n" for w in ["the", "of", "it", "was"])

with open("stop.txt") as f:
    stop = {line.strip() for line in f}

def words(path):
    with open(path) as f:
        for line in f:
            for raw in line.split():
                w = raw.strip(".,;:!?").lower()
                if w and w not in stop:
                    yield w

counts = Counter(words("tale.txt"))
total = sum(counts.values())
print("distinct", len(counts), "total", total, type(counts).__name__ == "Counter" or True)
top = counts.most_common(6)
width = max(len(w) for w, _ in top)
with open("report.txt", "w") as rep:
    for w, c in top:
        share = c / total
        blocks, rem = divmod(c * 10, 4)
        bar = "#" * blocks + ("+" if rem else "")
        rep.write(f"{w:<{width}} {c:>3} {share:6.1%} {bar}\n")
print(open("report.txt").read(), end="")
by_len = {}
for w in sorted(counts):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, ", ".join(by_len[n]))
singles = sorted(w for w, c in counts.items() if c == 1)
print(len(singles), singles[:5])
first_letters = Counter(w[0] for w in words("tale.txt"))
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
