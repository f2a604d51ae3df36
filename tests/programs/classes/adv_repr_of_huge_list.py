# str() of a list of 200k instances with __repr__, and a dict of them
class P:
    def __init__(self, i):
        self.i = i
    def __repr__(self):
        return "P" + str(self.i)
ps = [P(i) for i in range(200000)]
s = str(ps)
d = {i: ps[i] for i in range(0, 200000, 1000)}
print(len(s), s[:40], s[-20:], len(str(d)), str(d)[:30])
