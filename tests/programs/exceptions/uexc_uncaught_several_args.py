# uncaught user exception with several arguments: "MyError: (1, 2)"
class PairError(Exception):
    pass


def check(a, b):
    if a + b != 0:
        raise PairError(a, b)
    print("balanced", a, b)


check(3, -3)
check(1, 2)
