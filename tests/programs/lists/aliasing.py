# Aliasing: several names and containers share one list.
def push(xs, v):
    xs.append(v)


def doubled(xs):
    out = []
    for x in xs:
        out.append(2 * x)
    return out


a = [1, 2, 3]
b = a
b.append(4)
print(a, b)
push(a, 5)
print(b)
c = doubled(a)
print(a, c)
holder = [a, a]
holder[0].append(6)
print(holder)
a = [0]
print(a, b, holder[1])
d = b[:]
d.append(7)
print(b, d)
e = list(b)
e[0] = -1
print(b[0], e[0])
