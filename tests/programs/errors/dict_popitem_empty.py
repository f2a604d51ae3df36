# popitem() of an empty dict raises KeyError.
d = {"x": 1}
print(d.popitem())
d.popitem()
