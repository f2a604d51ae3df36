import functools
from functools import lru_cache, cache, partial, reduce


@cache
def collatz(n):
    if n == 1:
        return 0
    if n % 2 == 0:
        return 1 + collatz(n // 2)
    return 1 + collatz(3 * n + 1)


print(max(range(1, 2000), key=collatz))


@lru_cache(maxsize=3)
def slow_square(n):
    print("computing", n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    print(slow_square(n))


@functools.lru_cache()
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"))


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2) if False else partial(lambda e, b: b ** e, 2)
print(square(9), partial(power, 2)(10))
print(reduce(lambda acc, word: acc + len(word), ["a", "bb", "ccc"], 0))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, ["x", "y", "z"]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
