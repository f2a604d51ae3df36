# Set literals and printing order of small ints and strs (PYTHONHASHSEED=0).
s = {3, 1, 2, 3, 1}
print(s, len(s))
n = 0
print({10, 5, 100, 7, -1, n, 64, 33})
print({1, 2, 3} == {3, 2, 1}, {1} != {1, 2})
e = set()
print(e, len(e))
w = {"b", "a"}
print(len(w), sorted(w))
print(1 in s, 9 in s, 9 not in s, "a" in w)
print(set([5, 5, 4]), set("aab") == {"a", "b"}, set(range(5)))
print(sorted({-5, 3, -1, 8}))
big = {2 ** 40, 2 ** 70, 7}
print(2 ** 70 in big, len(big))
