# Short lists sort with CPython's exact steps, so NaN (all comparisons false) lands where CPython puts it.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -1.0]))
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -1.0], reverse=True))
print(sorted([nan, 2.0, 1.0]), sorted([2.0, 1.0, nan, 0.0]), sorted([1.0, nan, 0.5], key=lambda x: -x))
xs = [5, 3, 8, 1, 9, 2, 7] * 3
print(sorted(xs), sorted(xs, reverse=True), sorted(range(70), key=lambda k: (k * 7) % 13)[:10])
words = ["b", "a", "c", "a"]
print(sorted(words), sorted(words, key=len), sorted(words, reverse=True))
