REG = {}


def put(k, v):
    REG[k] = v


put("a", 5)
print(REG["a"] + 1)
v = REG.get("b", None)
print(v, REG.get("a", None))
w = REG.get("a", None)
if w is not None:
    print(w * 2)
prices = {"x": 1.5}
p = prices.get("y", None)
print(p is None, prices.get("x", None))
names = {"k": "kay"}
n = names.get("k", None)
print(n.upper() if n is not None else "-")


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


ops = {"add": add, "sub": sub}
for cmd in ["add", "mul"]:
    f = ops.get(cmd, None)
    if f is None:
        print("unknown", cmd)
    else:
        print(f(7, 2))
empty = {}
print(empty.get("z", None))
