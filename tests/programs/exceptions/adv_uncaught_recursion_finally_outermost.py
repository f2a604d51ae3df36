# uncaught RecursionError; the outermost finally prints before the traceback
def f(n):
    try:
        return f(n + 1)
    finally:
        if n == 0:
            print("outermost finally")
f(0)
