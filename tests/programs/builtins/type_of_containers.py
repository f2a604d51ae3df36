x = []
print(type(x).__name__)
y = [1]
print(type(y).__name__, type({}).__name__, type(set()).__name__, type(frozenset()).__name__)
print(x.__class__.__name__)
print(type(x))
d = {}
d["a"] = 1
print(type(d), type(d).__name__)
