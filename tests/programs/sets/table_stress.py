# Set table behaviour under many adds and removes: the printed order must match CPython's.
s = set()
for i in range(200):
    s.add(i * 37 % 1000)
for i in range(0, 1000, 3):
    s.discard(i)
print(s)
for i in range(50):
    s.add(i * 1000 + 7)
print(s)
print(len(s))
t = set()
for i in range(100):
    t.add(str(i))
for i in range(0, 100, 2):
    t.remove(str(i))
print(t)
u = set()
for i in range(40):
    u.add(i)
    if i % 3 == 0:
        u.pop()
print(u)
