# get and setdefault.
d = {"a": 1, "b": 2}
print(d.get("a", 0), d.get("z", -1), d.get("z", 0), d.get("b", 99))
print(d.setdefault("a", 50), d.setdefault("c", 3), d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
