# `yield` where CPython refuses it.
yield 1  # error: [syntax-error]


def squares(n):
    return [(yield i) for i in range(n)]  # error: [syntax-error]


class Box:
    yield 3  # error: [syntax-error]
