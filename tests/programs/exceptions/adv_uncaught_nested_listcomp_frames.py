# uncaught ZeroDivisionError inside a nested list comprehension shows both <listcomp> frames
xs = [[1, 2], [3, 0]]
print([[10 // v for v in row] for row in xs])
