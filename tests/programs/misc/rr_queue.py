from collections import deque

def round_robin(queues):
    pos = [0] * len(queues)
    active = deque(i for i, q in enumerate(queues) if q)
    order = []
    while active:
        i = active.popleft()
        order.append(queues[i][pos[i]])
        pos[i] += 1
        if pos[i] < len(queues[i]):
            active.append(i)
    return order

qs = [[1, 2, 3], [10], [], [100, 200, 300, 400]]
print(round_robin(qs))
qs2 = [list(range(i * 10, i * 10 + i)) for i in range(6)]
print(round_robin(qs2))
names = ["Bill", "David", "Susan", "Jane", "Kent", "Brad"]
hp = deque(range(len(names)))
n = 0
while len(hp) > 1:
    hp.rotate(-7)
    n += 1
    print(n, names[hp.popleft()], hp)
print("winner", names[hp[0]], hp.pop(), hp, bool(hp))
