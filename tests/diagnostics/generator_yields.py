def mixed(flag):
    yield 1
    if flag:
        yield "one"  # error: [type-mismatch]


for item in mixed(True):
    print(item)


def numbers():
    yield 1


print(next(numbers(), "none"))  # error: [unsupported-call]
