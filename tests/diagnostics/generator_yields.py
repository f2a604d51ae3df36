def mixed(flag):
    yield 1
    if flag:
        yield "one"  # error: [type-mismatch]


for item in mixed(True):
    print(item)


def numbers():
    yield 1


print(next(numbers(), "none"))  # error: [unsupported-call]


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is not None:
            total += value


acc = accumulate()
next(acc)
acc.send(1)
acc.send("one")  # error: [unsupported-call]
