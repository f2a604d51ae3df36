# uncaught: raise from an outer exception inside a nested handler: cause plus context
try:
    raise ValueError("one")
except ValueError as e:
    try:
        raise KeyError("two")
    except KeyError as k:
        raise IndexError("three") from e
