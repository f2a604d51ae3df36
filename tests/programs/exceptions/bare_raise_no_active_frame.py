# A bare raise with no exception being handled raises RuntimeError in its own frame.
def f():
    raise
try:
    f()
except RuntimeError as e:
    print("caught", e)
f()
