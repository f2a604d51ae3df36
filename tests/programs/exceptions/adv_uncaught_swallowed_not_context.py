# uncaught: an exception swallowed by return-in-finally is not the context of a later one
def f():
    try:
        raise ValueError("swallowed")
    finally:
        return 1
print(f())
raise KeyError("later")
