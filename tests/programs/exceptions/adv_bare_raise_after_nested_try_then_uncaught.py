# bare raise after a nested try in the handler caught and finished another exception re-raises the original (caught, then uncaught)
def f():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("inner caught", e)
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
f()
