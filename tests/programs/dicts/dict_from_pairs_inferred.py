# dict() of pairs whose type is known only later: comprehensions, map, an empty list.
print(dict([(k, k * 2) for k in range(3)]))
print(dict((str(k), k) for k in range(3)))
def pair(x):
    return (x, x * x)
print(dict(map(pair, [1, 2])))
print(dict([]))
d = dict([])
d[1] = "a"
print(d)
