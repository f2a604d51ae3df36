# del of list items, slices and dict keys with IndexError/KeyError
xs = [1, 2, 3, 4]
del xs[0]
print(xs)
del xs[-1]
print(xs)
try:
    del xs[10]
except IndexError as e:
    print(e)
d = {"a": 1}
del d["a"]
try:
    del d["a"]
except KeyError as e:
    print("key", e)
del xs[0:1]
print(xs, d)
