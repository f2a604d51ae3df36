# GC pressure: millions of short-lived small instances
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
total = 0
for i in range(3000000):
    p = P(i, -i)
    total += p.norm1()
print(total)
