# Builtins that consume generators, and generators as values.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def noisy(values):
    for v in values:
        print("yield", v)
        yield v


def strings():
    yield "pear"
    yield "apple"
    yield "fig"


print(list(numbers(5)), sum(numbers(101)), len(list(numbers(7))))
print(sorted(strings()), sorted(strings(), key=len, reverse=True))
print(min(numbers(4)), max(strings()), max(numbers(6), key=lambda n: n % 4))
print("-".join(strings()))
print(dict(zip(strings(), numbers(10))))
print(set(numbers(3)), sorted(set(strings())))
print(list(enumerate(strings(), 1)))
print([(a, b) for a, b in zip(numbers(3), strings())])

# any() and all() stop at the first item that decides.
print(any(noisy([0, 3, 0, 5])))
print(all(noisy([1, 0, 2])))
print(any(noisy([])), all(noisy([])))
g = noisy([1, 2, 3])
print(any(g), list(g))

# Generators are values: in variables, lists, compared by identity.
gens = [numbers(3), numbers(10)]
print(next(gens[0]), next(gens[0]), next(gens[1]))
first = gens[0]
print(first is gens[0], first is gens[1], first == gens[0], first != gens[1])
print(next(first), next(first, -1))


def total(items):
    s = 0
    for x in items:
        s += x
    return s


print(total(numbers(10)), total([1, 2, 3]))


def merge(a, b):
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)


def evens(n):
    for i in range(0, n, 2):
        yield i


def odds(n):
    for i in range(1, n, 2):
        yield i


print(list(merge(evens(10), odds(7))))
