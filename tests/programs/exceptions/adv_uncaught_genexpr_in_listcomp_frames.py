# uncaught error in a generator expression inside a list comprehension (<listcomp> then <genexpr>)
xs = [[1, 2], [3, 0]]
print([sum(10 // v for v in row) for row in xs])
