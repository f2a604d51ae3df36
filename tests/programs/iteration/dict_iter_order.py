# Dict iteration order after updates, deletes and reinsertions.
d = {}
for k in ["q", "w", "e", "r", "t", "y"]:
    d[k] = ord(k)
del d["e"]
d["w"] = 0
d["e"] = 1
print(list(d), list(d.values()))
for k, v in d.items():
    print(k, v)
keys = []
for k in d:
    keys.append(k)
print(keys == list(d.keys()))
d2 = {k: v for k, v in d.items() if v > 1}
print(d2)
