# An exception leaving nested generators: the traceback names every frame.


def inner(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


def outer():
    yield from inner(5)


for x in outer():
    print(x)
