# reversed() and sorted() with a key function defined with def.
def by_len(w):
    return len(w)


def by_last(w):
    return w[-1]


def negate(n):
    return -n


words = ["kiwi", "fig", "banana", "apple", "date"]
for w in reversed(words):
    print(w)
print(list(reversed([1, 2, 3])), list(reversed(["a", "b"])))
print(sorted(words, key=by_len))
print(sorted(words, key=by_last, reverse=True))
print(sorted([3, -1, 2, -5], key=negate))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
for w in sorted(words):
    print(w)
print(words)
