from collections import deque
import collections

q = deque()
q.append(1)
q.append(2)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 2 in q, 5 in q)
print(q.popleft(), q.pop(), q, bool(q))
q.extend([5, 6, 7])
q.extendleft([9, 8])
print(q, list(q), sum(q), max(q), sorted(q))
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q.reverse()
print(q, q.count(5), q.index(6))
q.remove(6)
print(q)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(window, sum(window) / len(window))
w2 = collections.deque([1, 2, 3], maxlen=2)
print(w2)
w2.appendleft(0)
print(w2, w2 == deque([0, 2]))
graph = {1: [2, 3], 2: [4], 3: [4], 4: []}
seen = {1}
todo = deque([1])
order = []
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(order)
big = deque()
for i in range(100000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
for i in range(1000):
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[500])
empty = deque()
empty.append(42)
empty.clear()
try:
    empty.pop()
except IndexError as e:
    print("IndexError", e)
try:
    empty.popleft()
except IndexError as e:
    print("IndexError", e)
try:
    print(q[10])
except IndexError as e:
    print("IndexError", e)
for i, x in enumerate(q):
    print(i, x)
