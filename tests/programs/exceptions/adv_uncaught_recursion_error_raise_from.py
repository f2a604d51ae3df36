# uncaught: RecursionError converted with raise from
def f(n):
    return f(n + 1)
def g():
    try:
        f(0)
    except RecursionError as e:
        raise ValueError("wrapped") from e
g()
