def f():
    try:
        raise ValueError("a")
    except ValueError as e:
        pass
    del e
f()
