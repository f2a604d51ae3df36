# Index-based iteration, iterating while mutating a copy.
a = [5, 6, 7, 8]
i = len(a) - 1
while i >= 0:
    print(i, a[i])
    i -= 1
for x in a[:]:
    if x % 2 == 0:
        a.remove(x)
print(a)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2 == 1:
        del d[k]
print(d)
s = {1, 2, 3, 4}
for x in sorted(s):
    if x > 2:
        s.discard(x)
print(s)
