from collections import deque

def window_max(xs, k):
    dq = deque()
    out = []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out

def moving_avg(xs, k):
    win = deque(maxlen=k)
    total = 0
    res = []
    for x in xs:
        if len(win) == k:
            total -= win[0]
        win.append(x)
        total += x
        res.append(round(total / len(win), 3))
    return res

data = [(i * 7919) % 101 - 50 for i in range(40)]
print(data)
print(window_max(data, 3))
print(window_max(data, 10))
print(moving_avg(data, 4))
seed = 12345
big = []
for _ in range(200000):
    seed = (seed * 1103515245 + 12345) % 2**31
    big.append(seed % 1000)
wm = window_max(big, 50)
print(len(wm), sum(wm), wm[:5], wm[-5:])
ma = moving_avg(big, 100)
print(ma[99], ma[-1])
