# Lambdas reading the variables of the function around them.
def sort_by_distance(points, origin):
    ox, oy = origin
    return sorted(points, key=lambda p: (p[0] - ox) ** 2 + (p[1] - oy) ** 2)


print(sort_by_distance([(5, 5), (1, 1), (3, 2)], (2, 2)))


def longest_first(words, minimum):
    kept = list(filter(lambda w: len(w) >= minimum, words))
    return sorted(kept, key=lambda w: -len(w))


print(longest_first(["a", "abc", "ab", "abcd"], 2))


def scaled(xs, factor):
    return list(map(lambda x: x * factor, xs))


print(scaled([1, 2, 3], 3), scaled([0.5], 4))


def best(items, weights):
    return max(items, key=lambda name: weights[name])


print(best(["x", "y", "z"], {"x": 3, "y": 9, "z": 1}))


def apply_twice(f, x):
    return f(f(x))


def shifter(offset):
    return apply_twice(lambda v: v + offset, 0)


print(shifter(7))


def nested_lambda(a):
    return (lambda b: (lambda c: a + b + c)(3))(2)


print(nested_lambda(1))
print((lambda: "called at once")())


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, xs):
        return [self.scale(x) for x in xs]

    def scale(self, x):
        helper = lambda v: v * self.factor
        return helper(x)


print(Scaler(4).apply([1, 2]))
