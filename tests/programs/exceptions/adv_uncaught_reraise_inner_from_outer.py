# uncaught: raise k from e re-raising the inner caught exception with an explicit cause
try:
    raise ValueError("one")
except ValueError as e:
    try:
        raise KeyError("two")
    except KeyError as k:
        raise k from e
