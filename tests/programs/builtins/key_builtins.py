# key= given a builtin function or a method of a builtin type.
xs = ["bb", "a", "ccc", "Dd"]
print(sorted(xs, key=len), min(xs, key=len), max(xs, key=len))
print(sorted([3, -1, 2, -5], key=abs), sorted(xs, key=str.lower), sorted(xs, key=str.upper, reverse=True))
xs.sort(key=len)
print(xs)
print(sorted([[3, 1], [2]], key=len), sorted(["10", "9", "100"], key=int))
print(max({"a": 3, "b": 1}.items(), key=str))
