# Unpacking fewer values than targets raises ValueError.
xs = [1, 2]
a, b, c = xs
print("not reached")
