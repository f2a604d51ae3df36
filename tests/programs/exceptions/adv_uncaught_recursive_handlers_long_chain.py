# uncaught: recursion inside handlers builds a long implicit chain
def f(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n > 0:
            f(n - 1)
        else:
            raise KeyError("bottom")
f(3)
