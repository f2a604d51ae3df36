# lambdas defined in function bodies, reading only their own parameters and globals.
SCALE = 3


def summarize(values):
    sq = lambda v: v * v
    scaled = lambda v: v * SCALE
    total = 0
    out = []
    for v in values:
        total += sq(v)
        out.append(scaled(v))
    print("  squares total", total, "scaled", out)
    return total


def classify(words):
    size = lambda w: "short" if len(w) <= 3 else "long"
    first = lambda w: w[0] if w else "?"
    result = {}
    for w in words:
        result[w] = (size(w), first(w))
    return result


def running(xs):
    add = lambda a, b: a + b
    acc = 0
    sums = []
    for x in xs:
        acc = add(acc, x)
        sums.append(acc)
    return sums


def top_two(items):
    by_score = sorted(items, key=lambda it: it[1], reverse=True)
    return by_score[:2]


print(summarize([1, 2, 3]), summarize([]), summarize([-4]))
print(classify(["fig", "banana", "", "kiwi"]))
print(running([1, 2, 3, 4]), running([5, -5, 5]))
print(top_two([("a", 3), ("b", 9), ("c", 5)]), top_two([("x", 1)]))
SCALE = 10
print(summarize([1, 2]))
for n in range(3):
    check = lambda v: v > 1
    print(n, check(n), running(list(range(n + 2))))
