# uncaught error in a function mapped under sum()
def f(x):
    return 1 // x
total = sum(map(f, [1, 0]))
