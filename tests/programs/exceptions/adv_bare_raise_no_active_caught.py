# bare raise with no active exception: RuntimeError caught
def f():
    raise
try:
    f()
except RuntimeError as e:
    print(e)
