# break in finally swallows an exception; bare raise in the caller's handler still re-raises the handled one
def f():
    for i in range(2):
        try:
            raise ValueError("swallowed")
        finally:
            break
    return 2
try:
    raise IndexError("handled")
except IndexError:
    print(f())
    raise
