# Empty containers print as [], {}, (), set(); str and repr agree.
a = [0]
a.pop()
d = {"k": 0}
del d["k"]
s = {0}
s.remove(0)
t = ()
print(a, d, s, t)
print(str(a), repr(d), str(s), repr(t))
print([a, a], (a,), {"e": t}, (t, t), [d])
print(len(str(a)), len(str(d)), len(str(s)), len(str(t)))
