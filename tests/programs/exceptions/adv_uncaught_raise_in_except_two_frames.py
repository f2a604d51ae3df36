# uncaught: raise inside except two frames deep gives an implicit chain
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad")
def g():
    f()
g()
