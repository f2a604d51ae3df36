# frozenset: construction, operations, hashing as dict key / set element.
f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, len(f), 2 in f)
print(f | g, f & g, f - g, f ^ g)
print(f == frozenset([1, 2, 3]), f.issubset({1, 2, 3, 4}))
d = {f: "f", g: "g"}
print(d[frozenset([1, 2, 3])])
ss = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(ss))
print(frozenset(), frozenset("aa"))
print(f.union(frozenset([9])), f.intersection(g))
