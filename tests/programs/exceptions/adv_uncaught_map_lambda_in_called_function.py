# uncaught error in a map() lambda in a function called from a list comprehension
def f(row):
    return list(map(lambda v: 10 // v, row))
xs = [[1], [0]]
print([f(r) for r in xs])
