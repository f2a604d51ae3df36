# dict() with keyword arguments: str keys, after the pairs or dict given first.
print(dict(a=1, b=2))
print(dict({"x": 3}, y=4))
print(dict([("p", 5)], q=6))
d = dict(one=1.5, two=2.5)
d["three"] = 3.5
print(d, sorted(d), d["two"])
nested = dict(xs=[1, 2], ys=[3])
nested["xs"].append(9)
print(nested)
override = dict({"a": 1}, a=2)
print(override)
