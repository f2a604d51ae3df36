def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


ops = {"+": add, "-": sub, "*": mul}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))

table = [add, sub]
print([f(10, 4) for f in table])

f = add
print(f(1, 2))
f = sub
print(f(1, 2))


def pick(name):
    if name == "add":
        return add
    return mul


print(pick("add")(3, 4), pick("x")(3, 4))


def make_scaler(k):
    return lambda x: x * k


handlers = {"double": make_scaler(2), "triple": make_scaler(3), "neg": lambda x: -x}
for name in ["double", "triple", "neg"]:
    print(name, handlers[name](5))

ops2 = [lambda a, b: a + b, lambda a, b: a * b]
print(ops2[0](2, 3), ops2[1](2, 3))
print(ops["+"] is add, ops["+"] == sub, add in table, mul in table)


def run(op, x, y):
    return op(x, y)


print(run(add, 1, 2), run(mul, 3, 4))
print(run(ops["-"], 10, 1))
g = add
print(g is add, g is sub, g == add, g != add, ops["+"] != add)
