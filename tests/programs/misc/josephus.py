from collections import deque
def josephus(n, k):
    d = deque(range(1, n + 1))
    out = []
    while d:
        d.rotate(-(k - 1))
        out.append(d.popleft())
    return out
print(josephus(7, 3))
r = josephus(20000, 2)
print(r[-1], r[:5])
