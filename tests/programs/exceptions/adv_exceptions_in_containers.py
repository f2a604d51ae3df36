# exceptions stored in lists, dicts and tuples and read back out (index, pop, iteration, values, raise from a list)
errs = []
for s in ["1", "2", "x", "4", "y"]:
    try:
        int(s)
    except ValueError as e:
        errs.append(e)
print(errs)
print("last", errs[-1], repr(errs[0]))
for e in [ValueError("a"), KeyError("b"), IndexError(3)]:
    print(e, repr(e))
d = {"a": ValueError("a"), "b": KeyError("kb")}
print(d["a"], d)
print(list(d.values()))
t = (ValueError("t"), 1)
print(t[0], t)
x = errs.pop()
print(x, len(errs))
try:
    raise errs[0]
except ValueError as e:
    print("re-raised from list:", e)
a = errs[0]
print(a in errs, errs.index(a), errs.count(a))
def get(xs):
    return xs[0]
print(repr(get(errs)))
print([str(e) for e in errs], [repr(e) for e in [KeyError("k")]])
raise d["b"]
