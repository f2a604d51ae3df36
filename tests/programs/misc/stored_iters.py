def make_pairs(a, b):
    return zip(a, b)

def numbered(xs):
    return enumerate(xs, 1)

def backwards(xs):
    return reversed(xs)

def consume(it):
    out = []
    for x in it:
        out.append(x)
    return out

z = make_pairs([1, 2, 3], "abcd")
print(next(z))
print(list(z), list(z))
e = numbered(["x", "y", "z"])
print(next(e), next(e))
for i, s in e:
    print("loop", i, s)
for i, s in e:
    print("never", i, s)
r = backwards([10, 20, 30])
print(next(r), consume(r), consume(r))
print(next(r, -1))
z2 = zip(range(3), range(10, 13), range(20, 23))
print(sum(a + b + c for a, b, c in z2), list(z2))
rs = reversed("hello")
print("".join(rs), "".join(rs) == "")
e2 = enumerate("abc")
print(dict(e2), dict(e2))
z3 = zip("ab", "cd")
print(sorted(z3), sorted(z3))
r2 = reversed([3, 1, 2])
print(max(r2), list(r2))
z4 = zip([1, 2], [3, 4])
print(len(list(z4)), any(z4), all(z4))
e3 = enumerate([5, 6, 7])
first = next(e3)
rest = list(e3)
print(first, rest)
try:
    next(e3)
except StopIteration:
    print("stop")
def gen_zip():
    z5 = zip("xyz", [1, 2, 3])
    yield next(z5)
    for p in z5:
        yield p
print(list(gen_zip()))
items = [zip([1], [2]), zip([3, 4], [5, 6])]
for it in items:
    print(list(it))
for it in items:
    print(list(it))
r3 = reversed([1, 2, 3])
next(r3)
next(r3)
next(r3)
next(r3)
