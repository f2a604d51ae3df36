# uncaught error in the if-clause of a list comprehension
xs = [2, 1, 0]
print(sum([v for v in xs if 10 // v]))
