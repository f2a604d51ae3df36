# Discarding from a set while iterating it raises RuntimeError.
s = {1, 2, 3, 4}
for x in s:
    print(x)
    s.discard(4)
