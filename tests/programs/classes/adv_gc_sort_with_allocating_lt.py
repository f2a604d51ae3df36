# sorting 20000 instances whose __lt__ allocates (GC runs during the runtime's sort)
class P:
    def __init__(self, x):
        self.x = x
        self.name = "p" + str(x)
    def __lt__(self, o):
        a = [self.x, len(self.name)]
        b = [o.x, len(o.name)]
        return a < b
    def __eq__(self, o):
        return str(self.x) == str(o.x)
ps = [P((i * 7919) % 20011) for i in range(20000)]
s = sorted(ps)
print([p.x for p in s[:5]], [p.name for p in s[-3:]], P(7919) in ps, ps.count(P(0)), ps.index(P(15838)))
print(max(ps).x, min(ps).name)
