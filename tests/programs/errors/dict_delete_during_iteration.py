# Deleting keys while iterating a dict raises RuntimeError.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print(k)
    if k == "a":
        del d["c"]
print("not reached")
