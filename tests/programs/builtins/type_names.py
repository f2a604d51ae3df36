from collections import defaultdict, Counter
class Box:
    pass
class Sub(Box):
    pass
def describe(x):
    return f"{type(x).__name__}:{len(x)}"
a = []
b = {}
c = set()
print(type(a).__name__, type(b).__name__, type(c).__name__)
a.append("x")
b[1] = [2.0]
c.add((1, 2))
print(describe(a), describe(b), describe(c), describe((1, "a")), describe("str"), describe(range(4)))
print(type(Box()).__name__, type(Sub()).__name__, type(ValueError("x")).__name__)
print(type(b[1]).__name__, type(b[1][0]).__name__, type(len).__name__ if False else "")
e = []
def fill(lst):
    lst.append({"k": (1, None)})
print(type(e).__name__)
fill(e)
print(type(e[0]).__name__, type(e[0]["k"]).__name__, type(e[0]["k"][1]).__name__)
f = frozenset([1, 2])
print(type(f).__name__, type(b"x").__name__ if False else "bytes?", type(1 == 1).__name__, type(2 ** 100).__name__)
def gen():
    yield 1
o = {}
print(type(o).__name__)
