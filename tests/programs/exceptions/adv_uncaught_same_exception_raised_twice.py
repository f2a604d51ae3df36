# uncaught: the same exception object raised twice accumulates traceback entries
def boom():
    raise ValueError("b")
def catch():
    try:
        boom()
    except ValueError as e:
        return e
    return ValueError("none")
def rethrow(e):
    raise e
x = catch()
try:
    rethrow(x)
except ValueError:
    print("once")
rethrow(x)
