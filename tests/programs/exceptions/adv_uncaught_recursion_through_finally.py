# uncaught RecursionError through try/finally in every frame
def f(n):
    try:
        return f(n + 1)
    finally:
        pass
f(0)
