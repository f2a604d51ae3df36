# KeyError with a big int key.
d = {2 ** 64: "a"}
print(d[2 ** 64])
print(d[2 ** 65])
