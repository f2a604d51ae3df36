# Count word frequencies in a text: lower, strip punctuation, split, dict counting, sorting.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!  A quick, quick fox...
Über-fast foxes: über cool."""


def by_count(item):
    return (-item[1], item[0])


counts = {"": 0}
del counts[""]
for line in text.splitlines():
    for raw in line.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            if word not in counts:
                counts[word] = 1
            else:
                counts[word] = counts[word] + 1
items = sorted(counts.items(), key=by_count)
for word, n in items[:8]:
    print(word.ljust(10), str(n).rjust(3), "#" * n)
total = 0
for n in counts.values():
    total += n
print(len(counts), total)
