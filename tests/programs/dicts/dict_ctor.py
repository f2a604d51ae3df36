# dict() constructor forms.
print(dict())
print(dict([("a", 1), ("b", 2)]))
print(dict(zip(["x", "y", "z"], [1, 2, 3])))
print(dict({"k": 1.5}))
pairs = [(i, str(i)) for i in range(4)]
d = {k: v for k, v in pairs}
print(d, d[2])
print(dict([(0, 0), (1, 2), (2, 4)]))
