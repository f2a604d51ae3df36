# One function called with different argument types at different call sites.
def add(a, b):
    return a + b


def triple(x):
    return x * 3


def bigger(a, b):
    if a > b:
        return a
    return b


def show(label, x):
    print(label, x)


print(add(1, 2), add(1.5, 2.25), add("ab", "cd"), add(1, 0.5), add(0.5, 1))
print(triple(7), triple(1.1), triple("xy"), triple(-2))
print(bigger(3, 9), bigger(2.5, -1.0), bigger("pear", "apple"))
show("int", 42)
show("float", 4.2)
show("str", "forty-two")
show("bool", 4 > 2)
show("none", None)
