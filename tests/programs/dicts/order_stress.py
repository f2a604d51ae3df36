# Dict order and popitem under many inserts and deletes.
d = {}
for i in range(300):
    d[i * 7 % 300] = i
for i in range(0, 300, 2):
    del d[i]
for i in range(10):
    d[i * 2] = -i
print(list(d)[:20], len(d))
print(d.popitem(), d.popitem())
s = {}
for i in range(100):
    s["k" + str(i)] = i
    if i % 4 == 0:
        del s["k" + str(i // 2)]
print(list(s.items())[:10], len(s))
