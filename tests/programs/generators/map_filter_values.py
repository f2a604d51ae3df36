# map() and filter() as values are generators: unpacked, passed on, resumed with next().
a, b = map(int, "1 2".split())
print(a + b)
nums = map(int, "3 4 5".split())
print(sum(nums))
sq = map(lambda x: x * x, [1, 2, 3])
print(next(sq), list(sq))
evens = filter(lambda x: x % 2 == 0, range(10))
print(list(evens))


def two():
    yield "x"
    yield "y"


p, q = two()
print(p, q)
first, second = (n * n for n in range(2))
print(first, second)
try:
    a, b, c = map(int, "1 2".split())
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = map(int, "1 2 3".split())
except ValueError as e:
    print("ValueError:", e)
words = map(lambda w: w.upper(), ["a", "b"])
print(sorted(words))
