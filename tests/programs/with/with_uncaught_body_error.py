# an exception in the body of a with inside a function propagates out uncaught after __exit__ runs
class Announce:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit", self.name, "saw", exc_type.__name__)
        return False


def average(xs):
    with Announce("average"):
        return sum(xs) // len(xs)


print(average([2, 4, 6]))
print(average([]))
print("never printed")
