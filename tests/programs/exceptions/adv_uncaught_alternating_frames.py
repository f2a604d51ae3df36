# uncaught KeyError through 10 alternating frames of mutual recursion
def a(n):
    if n == 0:
        raise KeyError(n)
    return b(n - 1)
def b(n):
    return a(n)
a(10)
