# Names in lambdas and generator expressions: own scope, late binding.
x = "global x"
for v in map(lambda x: x + 1, [1, 2]):
    print(v, x)
print(x)
t = 0
for t in map(lambda y: t + y, [1, 2, 3]):
    print("t", t)
print("t after", t)
a = 100
print(list(map(lambda a, b: a + b, [1, 2], [a, a])))
xs = [1, 2]
print(list(map(lambda xs: xs * 2, xs)))
print(list(filter(lambda xs: xs > 1, xs)))
src = [1, 2, 3]
for v in map(lambda n: n * 2, src):
    print("src", v)
    src = [0]
print(src)
grow = [1, 2, 3]
for v in map(lambda n: n * 2, grow):
    print("grow", v)
    if len(grow) < 6:
        grow.append(v)
print(grow)
scale = 1
for v in filter(lambda n: n % scale == 0, range(1, 10)):
    print("scale", scale, v)
    scale = scale + 1
print(list(map(lambda x: x * 2, range(3))))
print(x)


def local_names():
    x = 5
    for v in map(lambda x: x * 3, [1, 2]):
        print("local", v, x)
    m = 2
    for v in filter(lambda n: n % m == 0, range(12)):
        print("f", v, m)
        m = m + 1
    return x * 100 + m


print(local_names())
