# Dict repr with floats and nesting, update, |=, truthiness of empty containers.
print({0.5: -0.0, -1.5: 1e16, 2.0: 1e-5})
d = {"a": [1.0, 2.5], "b": []}
print(d)
print({1: {2: {3: "x"}}})
print({(1, "a"): [(2, "b")]})
e = {1: 2}
e.update({3: 4, 5: 6})
print(e)
f = {"x": 1}
f |= {"y": 2}
print(f)
g = dict(e)
g[0] = 0
print(g == e, len(g), len(e))
print(sorted(e.items(), reverse=True))
print({k: v for k, v in sorted(e.items(), reverse=True)})
print(list(e.keys()) + [100])
print(len({}), bool({}), bool({0: 0}), bool([]), bool([0]), bool(()), bool(set()), bool({0}))
