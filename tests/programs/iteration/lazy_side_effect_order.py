# Laziness: the mapped function runs just before each loop iteration.
def show(x):
    print("f(" + str(x) + ")")
    return x * 10


def keep(x):
    print("keep?(" + str(x) + ")")
    return x != 2


def sub(a, b):
    print("sub", a, b)
    return a - b


print("start")
for v in map(show, [1, 2, 3]):
    print("body", v)
print("--")
for v in filter(keep, [1, 2, 3]):
    print("body", v)
print("--")
for v in map(sub, [10, 20, 30], [1, 2]):
    print("body", v)
print("--")
print("sum", sum(map(show, [4, 5])))
print("--")
print("sorted", sorted(filter(keep, [3, 2, 1])))
print("--")
print("list", list(map(lambda x: show(x) + 1, [7, 8])))
print("--")
for v in (show(x) for x in range(3) if keep(x)):
    print("body", v)
print("--")
k = 1
for v in map(lambda x: x * k, [1, 2, 3]):
    print("body", v, "k", k)
    k = k + 1
print("--")
print("max", max(map(show, [3, 9, 4])))
print("min", min(filter(keep, [5, 2, 6])))
print("--")
print("join", ",".join(map(lambda x: str(show(x)), [1, 2])))
print("end")
