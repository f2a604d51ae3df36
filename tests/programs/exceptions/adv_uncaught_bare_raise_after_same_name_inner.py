# uncaught: bare raise after an inner handler with the same except-as name re-raises the outer exception
def f():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("inner", e)
        raise
f()
