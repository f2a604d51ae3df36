a = list(zip((), "ab"))
a.append((1, "q"))
print(a)
b = dict(enumerate(()))
b[1] = "x"
print(b)
c = list(map(lambda x: (x, x), ()))
c.append((1, 2))
print(c)
e = sorted(enumerate(()), reverse=True)
e.append((3, 4))
print(e)
f = [(i, v) for i, v in enumerate(())]
f.append((0, "z"))
print(f)
g = {k: v for k, v in zip((), ())}
g["a"] = 1
print(g)
h = list(dict(zip((), ())).items())
h.append(("k", 0))
print(h)
i = set(zip((), ()))
i.add((1, 1))
print(i)
