# lambdas passed to def functions, composed, folded and used as default arguments.
def apply_n(f, x, n):
    for _ in range(n):
        x = f(x)
    return x


def fold(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
        print("  fold step", x, "->", acc)
    return acc


def compose(f, g, x):
    return f(g(x))


def tabulate(label, f, xs):
    print(label, [f(x) for x in xs])


inc = lambda x: x + 1
dbl = lambda x: x * 2
halve = lambda x: x / 2
print(apply_n(inc, 0, 5), apply_n(dbl, 1, 10), apply_n(halve, 1024.0, 3))
print(compose(inc, dbl, 7), compose(dbl, inc, 7), compose(halve, dbl, 3))
print(fold(lambda a, b: a + b, [1, 2, 3, 4], 0))
print(fold(lambda a, b: a * 10 + b, [4, 0, 2], 0))
print(fold(lambda s, w: s + w[0].upper(), ["kiln", "is", "fast"], ""))
print(fold(lambda best, x: x if x > best else best, [3, 8, -1, 8, 2], -100))
tabulate("squares", lambda x: x * x, range(6))
tabulate("parity", lambda x: "even" if x % 2 == 0 else "odd", [0, 1, 2, 7])
tabulate("lengths", lambda s: len(s), ["", "ab", "xyz"])
tabulate("doubled", dbl, [1.5, -2.0])


def best_of(items, score=lambda x: x):
    return max(items, key=score)


nums = [4, -9, 7, 0]
print(best_of(nums), best_of(nums, lambda x: -x), best_of(nums, score=lambda x: x * x))
alias = dbl
print(alias(21), apply_n(alias, 3, 2))
twice = lambda x, f=inc: f(f(x))
print(twice(10), twice(10, dbl), twice(x=1, f=dbl))
