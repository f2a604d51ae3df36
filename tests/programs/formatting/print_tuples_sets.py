# print of tuples (one element needs a trailing comma) and sets of small ints.
print((1,), (), (1, 2), ("a",), (("a",),), ((),), (1, (2, (3, (4,)))))
print(("x", 1, 2.5, None, True), ((1, 2), [3, 4]))
t = ("it's",)
print(t, str(t), repr(t), len(str(t)))
print({1, 2, 3}, {3, 2, 1}, set(), {0}, {-1, 1})
s = {5, 1}
s.add(3)
print(s, len(s))
print([set(), {1}], ({2},))
print(set([4, 4, 4]), {(1, 2), (1, 2)})
