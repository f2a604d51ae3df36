# uncaught ZeroDivisionError in a list.sort() key lambda
xs = [1, 0]
xs.sort(key=lambda x: 1 // x)
