# A StopIteration raised inside a generator's body becomes RuntimeError (PEP 479): it does not
# silently end the loop that resumes the generator.


def empty():
    return
    yield 0


def leaky():
    yield 1
    next(empty())
    yield 2


try:
    for x in leaky():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e)


def careful():
    yield 1
    try:
        next(empty())
    except StopIteration:
        print("caught inside")
    yield 2


print(list(careful()))
print(list(leaky()))
