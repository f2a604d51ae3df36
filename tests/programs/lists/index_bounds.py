# list.index with start and stop, clamped as CPython clamps them.
xs = [1, 2, 1, 3, 1]
print(xs.index(1), xs.index(1, 1), xs.index(1, -2), xs.index(3, 0, 4), xs.index(1, -100, 100))
print(xs.index(1, 3), xs.index(3, -3, -1), xs.index(2, 0, 2))
words = ["a", "b", "a"]
print(words.index("a", 1), words.index("b", -5))
