# map over several iterables: stops at the shortest.
def add(a, b):
    return a + b


def combine(a, b, c):
    return str(a) + b + str(c)


xs = [1, 2, 3, 4, 5]
ys = [10, 20, 30]
for v in map(add, xs, ys):
    print("add:", v)
for v in map(add, ys, xs):
    print("add rev:", v)
print(list(map(add, range(100), range(3))))
print(list(map(add, "abc", "xyzw")))
print(list(map(combine, [1, 2, 3, 4], "pqrs", range(7, 9))))
print(list(map(add, [], [1, 2])))
print(sum(map(add, range(5), range(5, 10))))
print(max(map(lambda a, b: a * b, [3, -4, 2], [5, 6, -7, 8])))
print(sorted(map(lambda a, b: b - a, [9, 8, 7], [1, 2, 3])))
count = 0
for w in map(lambda a, b, c: a + b + c, [1, 1, 1, 1], [2, 2], [3, 3, 3]):
    count = count + 1
    print(count, w)
print("count", count)
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(max, [1, 9, 3], [4, 2, 8])))
print(list(map(min, [1, 9, 3], [4, 2, 8])))
d = {"a": 1, "b": 2, "c": 3}
print(list(map(lambda k, v: k * v, d.keys(), d.values())))
