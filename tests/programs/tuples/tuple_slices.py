# Tuple slices with literal bounds: each result has its own tuple type.
t = (1, "a", 2.5, True, None)
print(t[1:3], t[::-1], t[-2:], t[:-10], t[10:], t[::2], t[-1:-4:-1], t[1:4:-1])
print(t[:], t[0:0], t[-100:100], t[::-2], t[3::-1], t[:1:-1])
a, b = t[:2]
print(a, b)
u = (1, 2, 3, 4)
print(u[1:], sum(u[1:]), len(u[:2]), u[1:] + u[:1])
print(u[2:] == (3, 4), u[::3], max(u[:3]))


def tail(x):
    return x[1:]


print(tail((1, 2, 3)), tail(("x", "y")), tail((1,)))
pairs = [(1, 2, 3), (4, 5, 6)]
for p in pairs:
    print(p[:2], p[1:])
nested = ((1, 2), (3, 4), (5, 6))
print(nested[1:], nested[::-1][0])
