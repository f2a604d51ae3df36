# Word frequency report with a formatted table.
from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison only."""

STOP = {"the", "of", "it", "was", "we", "to", "in", "or", "for", "on", "so"}


def words(text: str) -> list[str]:
    table = {ord(c): " " for c in string.punctuation}
    cleaned = "".join(" " if c in string.punctuation else c for c in text)
    return [w.lower() for w in cleaned.split()]


ws = words(TEXT)
counts = Counter(ws)
print(f"{len(ws)} words, {len(counts)} distinct")
print(f"+{'-' * 14}+{'-' * 7}+{'-' * 8}+")
print(f"| {'word':<12} | {'count':>5} | {'share':>6} |")
print(f"+{'-' * 14}+{'-' * 7}+{'-' * 8}+")
for w, c in counts.most_common(12):
    share = c / len(ws)
    print(f"| {w:<12} | {c:>5} | {share:>6.1%} |")
print(f"+{'-' * 14}+{'-' * 7}+{'-' * 8}+")
content = Counter(w for w in ws if w not in STOP)
top = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"{w:>14} {'▇' * c}")
by_len: dict[int, list[str]] = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len)[-3:]:
    print(n, by_len[n])
print("hapax:", sum(1 for c in counts.values() if c == 1))
