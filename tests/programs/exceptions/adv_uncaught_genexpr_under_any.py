# uncaught error in a generator expression consumed by any()
xs = [1, 0]
print(any(10 // v for v in xs))
