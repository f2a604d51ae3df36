# uncaught error in a filter() lambda shows the <lambda> frame
xs = [1, 0]
print(list(filter(lambda v: 10 // v, xs)))
