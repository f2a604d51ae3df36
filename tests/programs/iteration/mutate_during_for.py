# Mutating a list while a for loop walks it (CPython's index-based iteration).
a = [1, 2, 3, 4, 5, 6]
for x in a:
    print(x)
    if x % 2 == 1:
        a.remove(x)
print(a)
b = [1, 2, 3, 4]
for i, x in enumerate(b):
    print(i, x)
    b.pop()
print(b)
c = [1, 2, 3]
for x in c:
    if len(c) < 6:
        c.insert(0, x * 10)
    print(x)
print(c)
d = [5, 6, 7]
for x in reversed(d):
    print(x)
    if x == 7:
        d.pop(0)
print(d)
