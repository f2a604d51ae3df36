# uncaught: the frame shows the call in the try body, not the finally lines that ran afterwards
def g():
    return [][0]
def f():
    try:
        g()
    finally:
        print("cleanup")
        x = 1
        print(x)
f()
