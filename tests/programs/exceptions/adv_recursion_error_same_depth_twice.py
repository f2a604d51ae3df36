# RecursionError caught at the same depth twice, then deep recursion and a handler calling another function
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n
a = f(0)
b = f(0)
print(a, b, a == b)
def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1
print(g(900))
def h(n):
    try:
        return h(n + 1)
    except RecursionError:
        return g(20) + n
print(h(0))
