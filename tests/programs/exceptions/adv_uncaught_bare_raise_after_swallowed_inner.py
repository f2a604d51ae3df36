# uncaught: bare raise after a nested try in the handler swallowed a KeyError re-raises the ValueError without chain
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
f()
