# uncaught error in a list comprehension of a function called from another function's list comprehension
def g(n):
    return [1 // (n - i) for i in range(3)]
def f():
    return [g(n) for n in range(3)]
f()
