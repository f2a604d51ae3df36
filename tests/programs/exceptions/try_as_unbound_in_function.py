# Inside a function, reading the deleted "except ... as" name after the handler fails (UnboundLocalError, a NameError).
def f():
    try:
        raise KeyError("gone")
    except KeyError as err:
        print("handler:", repr(err))
    print("after handler")
    return str(err)


print("start")
print(f())
