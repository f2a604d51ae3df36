# side effects of operands evaluated before an exception in calls, displays, operators, stores, f-strings, comparisons
def tag(name, v):
    print("eval", name)
    return v
def boom(name):
    print("boom", name)
    raise ValueError(name)
def f(a, b, c):
    return a + b + c
try:
    f(tag("a", 1), boom("b"), tag("c", 3))
except ValueError as e:
    print("call args:", e)
try:
    d = {tag("k1", "x"): tag("v1", 1), tag("k2", "y"): boom("v2")}
except ValueError as e:
    print("dict:", e)
try:
    xs = [tag("i0", 0), boom("i1"), tag("i2", 2)]
except ValueError as e:
    print("list:", e)
try:
    x = tag("l", 1) + boom("r")
except ValueError as e:
    print("binop:", e)
try:
    x = tag("cond", True) and boom("and")
except ValueError as e:
    print("and:", e)
try:
    print("pre", tag("p1", 1), boom("p2"))
except ValueError as e:
    print("print:", e)
ys = [0, 0, 0]
try:
    ys[tag("idx", 1)] = boom("rhs")
except ValueError as e:
    print("store:", e, ys)
try:
    ys[boom("idx2")] = tag("rhs2", 5)
except ValueError as e:
    print("store2:", e, ys)
try:
    s = f"{tag('f1', 1)}-{boom('f2')}"
except ValueError as e:
    print("fstring:", e)
try:
    t = tag("cmp1", 1) < boom("cmp2") < tag("cmp3", 3)
except ValueError as e:
    print("cmp:", e)
try:
    z = tag("ifexp", 0) if boom("test") else tag("else", 1)
except ValueError as e:
    print("ifexp:", e)
