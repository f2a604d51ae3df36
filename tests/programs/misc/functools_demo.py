# functools: reduce, partial, lru_cache with maxsize, cache, cmp_to_key.
from functools import reduce, partial, lru_cache, cache, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
print(reduce(max, [3, 9, 2, 7]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def power(base: int, exp: int) -> int:
    return base ** exp


square = partial(power, exp=2) if False else partial(power, 2)
print([square(e) for e in range(6)])


def clamp(lo: int, hi: int, x: int) -> int:
    return max(lo, min(hi, x))


to_byte = partial(clamp, 0, 255)
print([to_byte(v) for v in (-5, 0, 100, 300)])

evaluated: list[int] = []


@lru_cache(maxsize=3)
def slow_square(n: int) -> int:
    evaluated.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 1, 2, 5, 3]:
    slow_square(n)
print("evaluated:", evaluated)


@cache
def partitions(n: int, k: int) -> int:
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))


def compare_versions(a: str, b: str) -> int:
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    while len(pa) < len(pb):
        pa.append(0)
    while len(pb) < len(pa):
        pb.append(0)
    if pa < pb:
        return -1
    return 1 if pa > pb else 0


vs = ["1.10", "1.2", "1.2.0.1", "0.9", "1.2.0", "10", "2.0.0"]
print(sorted(vs, key=cmp_to_key(compare_versions)))
print(sorted(vs, key=cmp_to_key(compare_versions), reverse=True))


def by_len_then_alpha(a: str, b: str) -> int:
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi", "date", "banana"], key=cmp_to_key(by_len_then_alpha)))
print(max(["pear", "fig", "apple"], key=cmp_to_key(by_len_then_alpha)))
