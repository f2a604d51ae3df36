# uncaught: runtime IndexError in a finally while a ValueError propagates
def f():
    try:
        raise ValueError("one")
    finally:
        print("cleanup")
        x = [1][2]
f()
