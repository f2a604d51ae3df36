# list()/tuple()/set()/dict() constructors from iterables.
print(list("abc"), list(range(3)), list((4, 5)), list({"x": 1}))
print(set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(3)), set((5, 5)))
print(dict([("a", 1), ("b", 2)]), dict({"z": 0}))
print(dict(zip("abc", range(3))))
print(list(d for d in range(3)), set(x % 2 for x in range(9)))
print(list(enumerate("ab")), list(zip("ab", "cd")))
print(list(), set(), dict(), tuple())
a = [1, 2]
b = list(a)
b.append(3)
print(a, b)
