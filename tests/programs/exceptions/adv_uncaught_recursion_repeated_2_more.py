# uncaught error 5 frames deep: exactly "[Previous line repeated 2 more times]"
def f(n):
    if n == 0:
        raise ValueError("bottom")
    f(n - 1)
f(5)
