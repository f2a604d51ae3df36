# Generator expressions as values: generator functions of their own, run as they are iterated.

nums = [1, 2, 3, 4]
squares = (x * x for x in nums)
print(next(squares))
print(list(squares))
print(list(squares))


def total(items):
    s = 0
    for x in items:
        s += x
    return s


k = 10
print(total(x + k for x in range(5)))
k = 20
lazy = (x + k for x in range(3))
k = 30
# The element reads `k` when it runs, not when the expression was made.
print(list(lazy))


def scaled(data, factor):
    return (d * factor for d in data if d > 1)


print(list(scaled([1, 2, 3], 3)), list(scaled([5], 0.5)))

pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
for p in pairs:
    print(p)

lines = ["the quick", "brown fox", ""]
words = (w for line in lines for w in line.split())
print(next(words), next(words), list(words))


def noisy(n):
    for i in range(n):
        print("make", i)
        yield i


# The first iterable is evaluated where the expression is; the rest as it runs.
doubled = (2 * i for i in noisy(3))
print("made")
for d in doubled:
    print("got", d)


def first_match(items, predicate):
    for item in items:
        if predicate(item):
            return item
    return None


print(first_match((len(w) for w in ["a", "bbb", "cc"]), lambda n: n > 1))

gens = [(c.upper() for c in s) for s in ["ab", "cd"]]
print(["".join(g) for g in gens])


def sum(items):
    total = 0
    for item in items:
        total += 2 * item
    return total


# `sum` is the program's here: the generator expression is a value passed to it.
print(sum(x for x in range(4)))
