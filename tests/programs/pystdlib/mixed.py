import heapq
from bisect import bisect_left, insort
import functools
from functools import reduce, lru_cache

h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 3, 8]
heapq.heapify(data)
print(data, heapq.nlargest(2, data), heapq.nsmallest(3, [5, 1, 4]))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
pq = []
heapq.heappush(pq, (2, "b"))
heapq.heappush(pq, (1, "a"))
print(heapq.heappop(pq))

xs = [1, 3, 5, 7]
print(bisect_left(xs, 5), bisect_left(xs, 4))
insort(xs, 4)
print(xs)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))


@functools.cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(30))
double = functools.partial(lambda a, b: a * b, 2)
print(double(21))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
