# Operands evaluated before the raise keep their side effects; later operands and the assignment do not happen.
def noisy(label, v):
    print("eval", label)
    return v


def boom(label):
    print("boom", label)
    raise RuntimeError(label)
    return 0


x = 0
try:
    x = noisy("a", 1) + boom("b") + noisy("c", 3)
except RuntimeError as e:
    print("caught", e)
print("x still", x)
items = [noisy("first", 1)]
try:
    items = [noisy("p", 1), noisy("q", 2), boom("r"), noisy("s", 4)]
except RuntimeError as e:
    print("list display interrupted at", e)
print(items)
d = {"k": 0}
try:
    d["k"] = boom("value")
except RuntimeError:
    print("assignment skipped")
print(d)
