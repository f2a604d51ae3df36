# Generators that are closures, and closures made inside generators.


def make_counter(step):
    def counter(n):
        i = 0
        while i < n:
            yield i * step
            i += 1

    return counter


by3 = make_counter(3)
print(list(by3(4)), list(make_counter(0.5)(3)))


def repeat_calls(f, times):
    for _ in range(times):
        yield f()


state = [0]


def bump():
    state[0] += 1
    return state[0]


print(list(repeat_calls(bump, 4)))


def adders(limit):
    for i in range(limit):
        yield lambda x: x + i


print([add(10) for add in adders(3)])


def tagged(prefix):
    count = 0

    def tag(word):
        nonlocal count
        count += 1
        return f"{prefix}{count}:{word}"

    for word in ["a", "b"]:
        yield tag(word)
    print("tags made:", count)


print(list(tagged("#")))


def accumulate(values, combine):
    total = None
    for v in values:
        total = v if total is None else combine(total, v)
        yield total


print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
