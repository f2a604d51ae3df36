# uncaught KeyError with a tuple key
d = {(1, 2): 1}
print(d[(3, 4)])
