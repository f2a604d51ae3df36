from collections import deque
import time
d = deque()
for i in range(1000000):
    d.append(i)
s = 0
while d:
    s += d.popleft()
print(s)
for i in range(500000):
    d.appendleft(i)
    d.append(-i)
print(len(d), d[0], d[-1], d[500000])
t = 0
while len(d) > 1:
    t += d.pop() - d.popleft()
print(t, len(d))
m = deque(maxlen=1000)
for i in range(1000000):
    m.append(i)
print(len(m), m[0], sum(m))
for i in range(300000):
    m.appendleft(i)
print(len(m), m[0], m[-1])
