# uncaught: a bare raise in a handler keeps the original failing line for that frame
def g():
    return [][0]
def f():
    try:
        g()
    except IndexError:
        print("handling")
        y = 2
        raise
f()
