def f():
    y = 1
    del y
    del y
    print("after")
f()
