# Floating point accumulation error and comparison of summation orders.
s = 0.0
for i in range(1000):
    s += 0.001
print(s)
forward = 0.0
for i in range(1, 10001):
    forward += 1.0 / i
backward = 0.0
for i in range(10000, 0, -1):
    backward += 1.0 / i
print(forward, backward, forward == backward, forward - backward)
kahan = 0.0
c = 0.0
for i in range(1, 10001):
    y = 1.0 / i - c
    t = kahan + y
    c = (t - kahan) - y
    kahan = t
print(kahan)
big = 1e16
print(big + 1.0, big + 2.0, (big + 1.0) - big, big + 1.0 + 1.0)
p = 1.0
for i in range(1, 21):
    p *= i
print(p)
q = 1.0
for i in range(200):
    q = q * 1.1
print(q)
