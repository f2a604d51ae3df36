# Adding a key while handling the first of several keys raises RuntimeError.
d = {"a": 1, "b": 2, "c": 3}
for k in d.keys():
    print(k)
    d[k + k] = 2
