# Dict equality ignores order; repr of nested dicts.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
c = {"x": 1, "y": 3}
print(a == b, a != b, a == c, a != c, {} == {})
print(a, b)
n = {"inner": {"k": [1, 2]}, "other": {}}
print(n, n["inner"]["k"][1])
n["other"]["z"] = [3]
print(n)
print(str(a), len(str(a)), repr({"q": "it's"}))
