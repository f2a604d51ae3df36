# uncaught IndexError raised by a while-loop condition
xs = [3, 2, 1]
i = 0
while xs[i] > 0:
    i += 1
