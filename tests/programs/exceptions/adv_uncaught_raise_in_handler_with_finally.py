# uncaught: exception raised in a try/finally inside a handler, chained to the handled one
def f():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        finally:
            print("inner fin")
f()
