# uncaught: a callee that handled its own exception does not change the caller's context
def f():
    try:
        raise ValueError("inner")
    except ValueError:
        return 5
try:
    raise IndexError("outer")
except IndexError:
    f()
    raise KeyError("later")
