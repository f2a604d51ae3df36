from collections import deque
d = deque(range(200000))
for _ in range(200000):
    d.rotate(1)
print(d[0], d[-1])
