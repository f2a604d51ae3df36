# keys(), values(), items(): order, len, in, list().
d = {"z": 26, "a": 1, "m": 13}
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "a" in d.keys(), "q" in d.keys(), len(d.items()))
ks = d.keys()
d["b"] = 2
print(list(ks), len(ks))
for k in d.keys():
    print(k, d[k])
for v in d.values():
    print(v)
for k, v in d.items():
    print(k, "->", v)
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(sum(d.values()))
