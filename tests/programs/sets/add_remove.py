# add, discard, remove, pop, clear, copy.
s = set()
for x in [4, 8, 15, 16, 23, 42, 8, 4]:
    s.add(x)
print(sorted(s), len(s))
s.discard(15)
s.discard(999)
s.remove(42)
print(sorted(s))
t = s.copy()
t.add(0)
print(sorted(s), sorted(t))
n = len(t)
x = t.pop()
print(x in t, len(t) == n - 1)
while t:
    t.pop()
print(t, len(t))
s.clear()
print(s)
u = {1}
u.update({2, 3})
u.update({4})
print(u)
