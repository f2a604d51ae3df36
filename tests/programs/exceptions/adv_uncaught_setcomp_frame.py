# uncaught error inside a set comprehension shows the <setcomp> frame
xs = [1, 0]
ys = {1 // v for v in xs}
