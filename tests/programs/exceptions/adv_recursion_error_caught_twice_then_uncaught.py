# RecursionError caught twice, recursion works afterwards, then uncaught RecursionError traceback
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RecursionError as e:
    print("rec", e)
try:
    f(0)
except RecursionError:
    print("again")
def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1
print(g(500))
f(0)
