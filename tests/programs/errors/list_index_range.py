# list.index raises ValueError when the value is outside [start, stop).
xs = [1, 2, 1, 3]
print(xs.index(2, 0, 2))
print(xs.index(2, 2))
