# uncaught error in a generator expression inside a map() lambda
xs = [1, 0]
print(list(map(lambda v: sum(10 // w for w in [v]), xs)))
