# uncaught KeyError through 200 frames each with a finally clause that prints once
def f(n):
    if n == 0:
        raise KeyError("deep")
    try:
        return f(n - 1)
    finally:
        if n == 5:
            print("passing 5")
f(200)
