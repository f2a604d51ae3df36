# A text histogram with aligned labels, bars, counts and percentages.
data = "the quick brown fox jumps over the lazy dog the end fox fox"
counts = {}
for word in data.split():
    counts[word] = counts.get(word, 0) + 1
total = len(data.split())


def by_count(w):
    return (-counts[w], w)


def by_pair(kv):
    return (-kv[1], kv[0])


longest = max(len(w) for w in counts)
for word in sorted(counts, key=by_count):
    c = counts[word]
    bar = "#" * (c * 4)
    print(f"{word:>{longest}} |{bar:<13}| {c:2d} {c / total:6.1%}")
print(f"{'total':>{longest}} |{'':13}| {total:2d} {1:6.1%}")
letters = {}
for ch in data:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=by_pair)[:6]
for ch, n in top:
    print("%s %-3d %s" % (ch, n, "*" * n), "{!r:>5}".format(ch), f"{ord(ch):#06x}")
