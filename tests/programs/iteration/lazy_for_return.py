# return from inside a for over map/filter, in functions.
def double(x):
    print("  double", x)
    return 2 * x


def first_over(limit, xs):
    for v in map(double, xs):
        if v > limit:
            return v
    return -1


def first_match(xs, ch):
    for w in filter(lambda s: ch in s, xs):
        return w
    return "none"


def count_until(xs, stop):
    n = 0
    for v in map(lambda x: x + 1, xs):
        n = n + 1
        if v == stop:
            return n
    return 0


def nested(xs):
    for a in map(double, xs):
        for b in map(lambda y: y * a, [1, 2, 3]):
            if b > 10:
                return a * 100 + b
    return 0


print(first_over(5, [1, 2, 3, 4, 5]))
print(first_over(100, [1, 2]))
print(first_match(["red", "green", "blue"], "e"))
print(first_match(["red", "green", "blue"], "u"))
print(first_match(["red", "green", "blue"], "z"))
print(count_until([5, 6, 7, 8], 8))
print(count_until([5, 6], 99))
print(nested([1, 2, 3]))
print(nested([1]))
