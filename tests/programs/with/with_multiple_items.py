# with A() as a, B() as b: both entered left to right, exited right to left, both see the exception
class Res:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "ok")
        else:
            print("exit", self.name, exc_type.__name__, exc)
        return self.suppress


with Res("a", False) as a, Res("b", False) as b:
    print("body", a, b)

with Res("p", False) as p, Res("q", True) as q:
    print("body", p, q)
    raise IndexError("q swallows")
print("after suppressed by inner")

with Res("r", True) as r, Res("s", False) as s, Res("t", False):
    print("body", r, s)
    raise ZeroDivisionError("r swallows")
print("after suppressed by outer")

try:
    with Res("m", False), Res("n", False):
        raise TypeError("nobody swallows")
except TypeError as e:
    print("caught", e)
