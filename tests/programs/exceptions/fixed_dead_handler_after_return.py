# A handler that can never run (the try body only returns) still compiles: its code is dead.
def helper(x):
    return x
def f0(i):
    try:
        return 39
    except KeyError as err:
        k = k + helper(i + k)
    return k
f0(4)
