# KeyError with a float key.
d = {0.5: "half"}
print(d[0.5])
print(d[1.5])
