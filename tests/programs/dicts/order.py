# Insertion order is kept; reassignment keeps position; delete + reinsert moves to end.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d, list(d))
d[3] = 0
print(d)
del d[5]
d[5] = 1
print(d)
s = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    s[w] = len(w)
print(s)
print(list(s)[0], list(s)[-1])
