# uncaught error in a map() lambda inside a list comprehension
xs = [[1], [0]]
print([list(map(lambda v: 10 // v, row)) for row in xs])
