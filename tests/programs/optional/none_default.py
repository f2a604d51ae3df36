def greet(name, greeting=None):
    if greeting is None:
        greeting = "Hello"
    return greeting + ", " + name + "!"


def total(xs, start=None):
    acc = 0 if start is None else start
    for x in xs:
        acc += x
    return acc


def scale(x, factor=None):
    if factor is not None:
        return x * factor
    return x


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(total([1, 2, 3]))
print(total([1, 2, 3], 10))
print(scale(3), scale(3, 4), scale(2.5, 2.0))
