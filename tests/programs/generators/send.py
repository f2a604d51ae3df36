# send(): values sent into a generator are what its yield gives; next() sends None.
def averager():
    total = 0.0
    count = 0
    average = 0.0
    while True:
        value = yield average
        if value is None:
            continue
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10.0))
print(avg.send(20.0))
print(next(avg))
print(avg.send(60.0))


def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"


e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"))
print(next(e))

fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)


def counter():
    n = 0
    while n < 3:
        step = yield n
        n += 1 if step is None else step


c = counter()
print(next(c), c.send(1), next(c))
try:
    c.send(5)
except StopIteration:
    print("finished")
