# uncaught: raise ... from e after a caught int() ValueError gives "direct cause" report
def f(x):
    try:
        return int(x)
    except ValueError as e:
        raise RuntimeError("conv failed") from e
print(f("12"))
f("zz")
