# deep recursion: bare raise in the lower handlers, ValueError in the upper ones, chained uncaught report with collapsed frames
def f(n):
    if n == 0:
        raise KeyError("deep")
    try:
        return f(n - 1)
    except KeyError:
        if n < 100:
            raise
        raise ValueError("at " + str(n))
f(150)
