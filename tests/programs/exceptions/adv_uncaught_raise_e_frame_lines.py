# uncaught: raise e in a handler lists the raise line and the original line of the same frame
def g():
    return [][0]
def f():
    try:
        g()
    except IndexError as e:
        print("handling")
        raise e
f()
