# Unpacking more values than targets raises ValueError.
a, b = [1, 2]
print(a, b)
xs = [1, 2, 3]
a, b = xs
