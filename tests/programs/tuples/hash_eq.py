# Tuples of different element types in one program, each with its own type.
a = (1, 2, 3)
b = (1, 2, 3)
c = (1.0, 2.0, 3.0)
print(a == b, a != b)
print(c == (1.0, 2.0, 3.0))
s = ("x", 1)
t = ("x", 1)
u = ("x", 2)
print(s == t, s == u, s < u)
d = {s: "first"}
d[t] = "second"
d[u] = "third"
print(d, len(d))
