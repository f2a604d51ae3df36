# `in` on dict views: keys by hash, values and items by equality.
d = {1: "one", 2: "two", 3: "three"}
print("one" in d.values(), "four" in d.values(), "two" not in d.values())
print((1, "one") in d.items(), (1, "two") in d.items(), (9, "one") not in d.items())
print(2 in d.keys(), 5 in d.keys(), 5 not in d)
counts = {"a": 0, "b": 3}
print(0 in counts.values(), 3 in counts.values(), 4 in counts.values())
empty = {}
empty["k"] = 1.0
print(1.0 in empty.values(), 2.0 in empty.values())
