# uncaught: three nested handlers, the innermost finished, bare raise re-raises the middle one with its context
try:
    raise IndexError("outer")
except IndexError:
    try:
        raise ValueError("mid")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
