# uncaught: raising an exception that is already in the context chain (cycle broken as CPython does)
try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise KeyError("b")
    except KeyError as b:
        raise a
