def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


def evens(limit):
    yield from countdown(limit)


for k in evens(3):
    print(k)
