class M:
    def __init__(self, n: int):
        self.n = n

    def __enter__(self):
        if self.n == 2:
            raise ValueError("enter 2")
        return self

    def __exit__(self, a, b, c):
        if self.n == 3:
            raise KeyError("exit 3")
        return False


def f() -> None:
    with (
        M(1) as a,
        M(3) as b,
    ):
        print("body", a.n, b.n)


def g() -> None:
    with (
        M(1) as a,
        M(2) as b,
    ):
        print("body")


f()
