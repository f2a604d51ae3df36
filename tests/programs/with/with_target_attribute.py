# "as" targets that are attributes and subscripts, and a with statement inside an except handler
class Handle:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("open", self.n)
        return self.n * 100

    def __exit__(self, exc_type, exc, tb):
        print("close", self.n, "clean" if exc is None else type(exc).__name__)
        return False


class Holder:
    def __init__(self):
        self.cur = 0
        self.slots = [0, 0, 0]

    def fill(self):
        with Handle(1) as self.cur:
            print("cur", self.cur)
        for i in range(3):
            with Handle(i + 2) as self.slots[i]:
                pass
        print(self.cur, self.slots)


Holder().fill()
try:
    try:
        raise KeyError("first")
    except KeyError:
        with Handle(9):
            print("in handler")
            raise ValueError("second")
except ValueError as e:
    print("caught", e)
