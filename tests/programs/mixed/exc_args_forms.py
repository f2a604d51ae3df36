# user exceptions constructed in different ways: args, str, repr with and without super().__init__
class NoSuper(Exception):
    def __init__(self, a: int, b: str):
        self.a = a
        self.b = b


class WithSuper(Exception):
    def __init__(self, a: int, b: str):
        super().__init__(a, b)
        self.a = a


class EmptySuper(ValueError):
    def __init__(self, code: int):
        super().__init__()
        self.code = code


class Plain(LookupError):
    pass


def show(e: Exception) -> None:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", len(e.args))


for k in range(5):
    try:
        if k == 0:
            raise NoSuper(1, "x")
        elif k == 1:
            raise WithSuper(2, "y")
        elif k == 2:
            raise EmptySuper(3)
        elif k == 3:
            raise Plain("p", 4, 5.5)
        else:
            raise Plain
    except Exception as e:
        show(e)
