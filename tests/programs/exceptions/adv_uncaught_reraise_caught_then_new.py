# uncaught: re-raising the handled exception inside a nested try, catching it, then raising a new one
try:
    raise ValueError("a")
except ValueError as e:
    try:
        raise e
    except ValueError:
        pass
    raise KeyError("b")
