# collections.defaultdict with the builtin classes as factories: a missing key read gets a new value.
from collections import defaultdict
import collections

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(dict(groups))
print(groups)
counts = collections.defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["z"], len(counts))
print(counts)
seen = defaultdict(set)
seen["a"].add(1)
seen["a"].add(1)
seen["b"]
print(seen)
names = defaultdict(str)
names[1] += "x"
print(names, names.get(2, "-"), 2 in names)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
copy = counts.copy()
copy["new"] += 5
print(copy["new"], "new" in counts)
nested = defaultdict(dict)
nested["x"]["y"] = 1
print(nested)
