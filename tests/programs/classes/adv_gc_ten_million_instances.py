# GC: ten million short-lived instances holding a list and a str keep memory bounded
class P:
    def __init__(self, i):
        self.xs = [i, i + 1]
        self.s = str(i)
        self.other = Q(i)
class Q:
    def __init__(self, i):
        self.i = i
t = 0
for i in range(10000000):
    p = P(i)
    t += p.xs[1] - p.other.i + len(p.s)
print(t)
