# uncaught: the context of a new exception is the handled one, not one swallowed by a called function's finally
def f():
    try:
        raise ValueError("swallowed")
    finally:
        return 1
try:
    raise IndexError("handled")
except IndexError:
    f()
    raise KeyError("later")
