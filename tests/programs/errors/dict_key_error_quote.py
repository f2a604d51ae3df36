# KeyError shows the repr of the key, choosing quotes like repr().
d = {"x": 1}
print(d["x"])
print(d["it's"])
