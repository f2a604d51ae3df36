# uncaught error in a backslash-continued statement
x = 5
y = [1, 2] \
    [x]
