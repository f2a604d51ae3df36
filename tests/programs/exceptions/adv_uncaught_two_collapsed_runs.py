# uncaught error through recursion that changes line and function midway (two collapsed runs)
def f(n):
    if n > 5:
        return f(n - 1)
    if n > 0:
        return g(n)
    raise IndexError("done")
def g(n):
    return f(n - 1)
f(12)
