# uncaught assert in recursion (collapsed traceback)
def f(n):
    assert n < 3
    return f(n + 1)
f(0)
