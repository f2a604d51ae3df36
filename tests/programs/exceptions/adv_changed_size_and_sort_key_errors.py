# RuntimeError from dict/set changed size during iteration and errors inside a sort key
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if k == "a":
            d["z"] = 9
except RuntimeError as e:
    print("caught", e)
print(d)
s = {1, 2, 3}
try:
    for v in s:
        if v == 1:
            s.add(10)
except RuntimeError as e:
    print("caught", e)
print(sorted(s))
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: xs.index(v) // 0)
except ZeroDivisionError as e:
    print("sort", e, xs)
