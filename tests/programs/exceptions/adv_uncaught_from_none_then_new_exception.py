# uncaught: from None in an inner handler, then a new exception in the outer handler
try:
    try:
        raise ValueError("one")
    except ValueError:
        raise KeyError("two") from None
except KeyError:
    raise IndexError("three")
