def add(a, b):
    return a + b


def sub(a, b):
    return a - b


class Calc:
    def __init__(self, op):
        self.op = op

    def run(self, a, b):
        return self.op(a, b)


print(Calc(add).run(1, 2), Calc(sub).run(1, 2))

callback = None


def fire(x):
    if callback is not None:
        return callback(x, 1)
    return -1


print(fire(5))
callback = add
print(fire(5))
callback = sub
print(fire(5))

ops = {"add": add, "sub": sub}
op = ops.get("add", sub)
print(op(10, 5))
names = sorted(ops)
print(names, [ops[n](3, 3) for n in names])
ops["add"] = sub
print(len(ops), ops["add"](4, 5))


def choose(flag):
    return add if flag else sub


print(choose(True)(1, 1), choose(False)(1, 1))


