# Generator expressions consumed by sorted/list/set.
print(sorted(x % 4 for x in range(10)))
print(sorted((w for w in ["b", "c", "a"]), reverse=True))
print(list(x * 2 for x in range(5)))
print(set(x % 3 for x in range(10)))
print(sorted(c for c in "hello world" if c not in "lo"))
print(list(w.upper() for w in ["a", "b", "c"]))
print(sorted(set(len(w) for w in "a bb ccc dd e".split())))
