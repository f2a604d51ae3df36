# Heaps hold their items in the places CPython's heapq puts them.
import heapq
import random

random.seed(7)
for trial in range(5):
    items = [random.randint(0, 50) for _ in range(random.randint(0, 20))]
    heap = []
    for item in items:
        heapq.heappush(heap, item)
    print(heap)
    copy = list(items)
    heapq.heapify(copy)
    print(copy)
    popped = []
    while copy:
        popped.append(heapq.heappop(copy))
    print(popped == sorted(items))
    if heap:
        print(heapq.heapreplace(heap, 25), heapq.heappushpop(heap, 3), heap)

pairs = [(3, "c"), (1, "z"), (1, "a"), (2, "b")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(len(pairs))])
print(heapq.nlargest(3, [5, 1, 5, 3, 5]), heapq.nsmallest(10, [4, 2]))
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(-1, [1, 2]))
