# uncaught: explicit cause and implicit context across three functions
def g():
    raise ValueError("g")
def h():
    try:
        g()
    except ValueError as e:
        raise RuntimeError("h") from e
def k():
    try:
        h()
    except RuntimeError:
        raise TypeError("k")
k()
