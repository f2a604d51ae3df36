# uncaught user exception raised four calls deep: every frame appears in the traceback
class DepthError(Exception):
    pass


def d(n):
    if n > 2:
        raise DepthError("too deep at " + str(n))
    return n


def c(n):
    return d(n + 1)


def b(n):
    return c(n + 1) * 2


def a(n):
    return b(n) + 1


print(a(0))
print(a(1))
