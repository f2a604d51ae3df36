# key= functions over every iterable sorted/min/max accept, and list.sort(key=).
print(sorted(range(3), key=lambda k: -k))
print(sorted((3, 1, 2), key=lambda k: -k))
print(sorted("cab", key=lambda c: c))
d = {"b": 2, "a": 3}
print(sorted(d, key=lambda k: d[k]))
print(sorted(d.items(), key=lambda kv: kv[1]))
print(sorted({3, 1}, key=lambda k: -k))
print(sorted(zip("ab", [2, 1]), key=lambda p: p[1]))
def neg(k):
    return -k
print(sorted(range(3), key=neg), max(range(3), key=neg), min("abc", key=ord))
xs = [2, 1, 3]
xs.sort(key=lambda x: -x)
print(xs)
