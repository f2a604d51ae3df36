# Comprehension results stored in variables and used later.
xs = [x * 2 for x in range(6)]
total = 0
for i in range(len(xs)):
    total += xs[i]
print(xs, total, len(xs), xs[2] + 1)
ys = [x + 0.5 for x in xs]
print(ys, ys[-1] * 2)
zs = {x % 3 for x in xs}
print(zs, len(zs), 2 in zs)
d = {x: x * x for x in range(4)}
print(d, d[3], len(d), 2 in d)
d[10] = 100
print(d)
