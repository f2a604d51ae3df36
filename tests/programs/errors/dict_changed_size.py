# Adding keys while iterating a dict raises RuntimeError.
d = {1: 1, 2: 4}
for k in d:
    print(k)
    d[k + 10] = 0
print("not reached")
