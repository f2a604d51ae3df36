# uncaught: exception raised 40 frames deep in recursion, traceback collapses repeated lines
def depth(n):
    if n == 0:
        raise ValueError("bottom")
    return depth(n - 1) + 1
try:
    depth(50)
except ValueError as e:
    print("caught", e)
depth(40)
