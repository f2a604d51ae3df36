# uncaught: three exceptions chained implicitly through nested handlers
try:
    raise ValueError("one")
except ValueError:
    try:
        raise KeyError("two")
    except KeyError:
        raise IndexError("three")
