# uncaught error in a function called from a dict comprehension (<dictcomp> frame then the function)
def f(v):
    return 10 // v
xs = [1, 0]
print({v: f(v) for v in xs})
