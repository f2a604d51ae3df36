# uncaught: bare raise after a called function's handler re-raised and the caller caught it
def f():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    raise IndexError("outer")
except IndexError:
    try:
        f()
    except ValueError:
        pass
    raise
