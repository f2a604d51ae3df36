# Printing order of sets built at run time: ints (incl. negative and big), floats, strs, tuples, frozensets.
s = set()
for v1 in [-1, -2, -3, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 7, -(2 ** 64), 10 ** 30, 0, 1]:
    s.add(v1)
print(s)
f = set()
for v2 in [1.5, -0.5, 2.0, 1e100, 0.1, -0.0, 3.14159, 1e-300, float("inf"), -float("inf")]:
    f.add(v2)
print(f)
w = set()
for v3 in ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "", "a", "é", "日本"]:
    w.add(v3)
print(w)
t = set()
for i in range(4):
    for j in range(3):
        t.add((i, j))
print(t)
ts = set()
for v4 in [("a", 1), ("b", 2), ("c", 3), ("a", 2)]:
    ts.add(v4)
print(ts)
fs = set()
fs.add(frozenset([1, 2]))
fs.add(frozenset([3]))
fs.add(frozenset())
fs.add(frozenset([1, 2, 3, 4]))
print(fs)
b = set()
b.add(True)
b.add(False)
print(b)
d = {}
for v5 in [-1, -2]:
    d[v5] = v5
print(d, d[-1], d[-2])
ft = set()
for v6 in [(1.5, 2.5), (0.0, -0.0), (1e10, 2.0)]:
    ft.add(v6)
print(ft)
