# uncaught error in a max() key lambda
xs = [1, 0]
m = max(xs, key=lambda v: 10 // v)
