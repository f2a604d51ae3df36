def f():
    global e
    try:
        raise ValueError("x")
    except ValueError as e:
        print("in", e)
e = ValueError("start")
print(e)
f()
print(e)
