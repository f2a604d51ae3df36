# uncaught error through recursion alternating between two call lines
def f(n):
    if n == 0:
        raise ValueError("x")
    if n % 2:
        return f(n - 1)
    else:
        return f(n - 1)
f(12)
