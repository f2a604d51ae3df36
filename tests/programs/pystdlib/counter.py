# collections.Counter: counting, a missing key reads 0, most_common, its repr.
from collections import Counter

words = "the cat and the hat and the bat".split()
counts = Counter(words)
print(counts)
print(counts["the"], counts["dog"], "dog" in counts, len(counts))
print(counts.most_common(2))
print(counts.most_common())
letters = Counter("mississippi")
for letter, n in letters.most_common(3):
    print(letter, n)
letters["z"] += 2
print(letters)
empty = Counter()
print(empty, empty.most_common())
print(sorted(counts.items()), sum(counts.values()))
plain = {"a": 1}
try:
    plain.most_common()
except AttributeError as e:
    print("AttributeError:", e)
print(Counter("aab").most_common(-1), Counter("aab").most_common(0), Counter("aab").most_common(10))
