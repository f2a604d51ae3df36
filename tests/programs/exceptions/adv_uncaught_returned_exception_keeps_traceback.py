# uncaught: exception returned from a function and re-raised keeps the original frames in its traceback
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
    return ValueError("none")
err = f()
print(err)
raise err
