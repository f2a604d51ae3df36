class M:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        raise ValueError("exit")


def g() -> int:
    with M():
        return 1


def h() -> None:
    for i in range(3):
        with M():
            if i == 0:
                continue
    print("unreachable")


try:
    h()
except ValueError as e:
    print("h", e)
g()
