# uncaught: raising an exception returned from a function inside another handler
def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        return e
a = f()
try:
    raise KeyError("k")
except KeyError:
    raise a
