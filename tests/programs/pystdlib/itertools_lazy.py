# itertools over generators: infinite inputs, and exactly the items CPython pulls.
from itertools import accumulate, chain, count, cycle, dropwhile, islice, pairwise, takewhile


def noisy(n):
    for i in range(n):
        print("pull", i)
        yield i


def primes():
    for n in count(2):
        if all(n % p for p in range(2, n)):
            yield n


print(list(islice(primes(), 10)))
print(list(takewhile(lambda p: p < 30, primes())))
print(next(dropwhile(lambda p: p < 100, primes())))

g = noisy(10)
print(list(islice(g, 3)))
print(list(islice(g, 0, 6, 2)))
print(next(g, -1))

h = noisy(4)
print(list(takewhile(lambda x: x < 2, h)))
print(list(h))

print(list(islice(accumulate(count(1)), 6)))
print(list(islice(pairwise(count()), 3)))
print(list(islice(cycle([1, 2]), 5)))
print(list(chain(noisy(2), noisy(1))))

running = accumulate(noisy(3), lambda a, b: a + b)
print(next(running))
print(list(running))

words = "the cat sat on the mat".split()
lengths = accumulate(len(w) for w in words)
print(list(lengths))
