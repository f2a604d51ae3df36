# Exceptions and generators: raised inside and caught outside, handled inside, finally.


def failing(n):
    yield 1
    raise ValueError("bad " + str(n))


try:
    for v in failing(3):
        print("got", v)
except ValueError as e:
    print("caught", e)

g = failing(4)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
# A generator that raised is finished.
print(next(g, 99))
print(list(g))


def careful(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            print("never: the yield is not what raises")


def safe_div(values):
    for v in values:
        try:
            q = 10 // v
        except ZeroDivisionError:
            print("skip", v)
            continue
        yield q


print(list(safe_div([1, 0, 5, 0, 3])))
try:
    print(list(careful([2, 0])))
except ZeroDivisionError as e:
    print("outside:", e)


def with_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("cleanup", n)


for v in with_finally(2):
    print(v)
print(list(with_finally(1)))


def lookup(keys, table):
    for k in keys:
        yield table[k]


try:
    for value in lookup(["a", "b", "z"], {"a": 1, "b": 2}):
        print(value)
except KeyError as e:
    print("missing", e)


def stop_early():
    yield 1
    yield 2


for x in stop_early():
    print(x)
    if x == 1:
        break
print("after break")
