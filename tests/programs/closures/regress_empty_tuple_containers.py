s = set(())
s.add(1)
print(s)
t = sorted(())
t.append(2)
print(t)
def f(*args):
    out = sorted(args)
    out.append(9)
    return out
print(f(), f(3, 1))
