# list() from various iterables.
print(list(), list(range(5)), list(range(10, 0, -3)))
print(list("hello"), list((1, 2, 3)))
print(list({"a": 1, "b": 2}), list({3}))
a = [1, 2, 3]
b = list(a)
b.append(4)
print(b == a, a, b)
print(list(reversed(a)), list(enumerate("ab")))
print(list(zip([1, 2], ["x", "y"])))
print(list(x * 2 for x in a))
