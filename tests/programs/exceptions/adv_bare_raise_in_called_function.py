# bare raise in a function called from a handler re-raises the handled exception
def rr():
    raise
try:
    raise ValueError("v")
except ValueError:
    try:
        rr()
    except ValueError as e:
        print("rr re-raised", e)
