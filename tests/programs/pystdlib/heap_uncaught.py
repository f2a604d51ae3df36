from functools import lru_cache
import heapq
import bisect


@lru_cache
def square(n):
    print("computing", n)
    return n * n


print(square(3), square(3), square(4))


@lru_cache(maxsize=2)
def cube(n):
    print("cube", n)
    return n ** 3


for n in [1, 2, 1, 3, 2, 1]:
    cube(n)


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


tasks = []
for p, name in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(tasks, Task(p, name))
print([heapq.heappop(tasks).name for _ in range(3)])
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
people = [("ann", 31), ("bob", 25), ("cy", 40)]
ages = sorted(people, key=lambda p: p[1])
print(bisect.bisect_left(ages, 30, key=lambda p: p[1]))
bisect.insort(ages, ("dee", 33), key=lambda p: p[1])
print(ages)
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2, 1, 3))
heapq.heappop([])
