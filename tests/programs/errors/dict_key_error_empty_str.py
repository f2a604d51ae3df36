# KeyError with the empty string as key.
d = {"a": 1}
print(d.get("", 0))
print(d[""])
