# Adding to a dict while on its last entry raises RuntimeError at the next step.
d = {1: 1, 2: 2}
for k in d:
    print(k)
    if k == 2:
        d[3] = 3
print(d)
