# pop with and without default, popitem (LIFO order).
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", -1), d.pop("a", -1), d)
print(d.popitem(), d)
d["e"] = 5
d["c"] = 30
print(d.popitem(), d.popitem(), d)
n = {1: 1.5, 2: 2.5}
k, v = n.popitem()
print(k, v, n)
