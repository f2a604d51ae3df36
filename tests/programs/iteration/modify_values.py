# Changing values (not the size) while iterating a dict or set is allowed.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 10
print(d)
for k, v in d.items():
    d[k] = v + 1
print(d)
s = {1, 2, 3}
for x in s:
    s.add(1)
    s.discard(100)
print(s)
e = {1: 1, 2: 2}
for n in e:
    e.pop(n)
    e[n] = 0
    break
print(e)
