# instances holding lists of instances, rebuilt many times
class Leaf:
    def __init__(self, v):
        self.v = v
class Bag:
    def __init__(self):
        self.leaves = []
    def add(self, v):
        self.leaves.append(Leaf(v))
    def total(self):
        return sum([l.v for l in self.leaves])
grand = 0
bags = []
for r in range(2000):
    b = Bag()
    for i in range(200):
        b.add(i * r)
    grand += b.total()
    if r % 100 == 0:
        bags.append(b)
print(grand, len(bags), bags[5].total(), len(bags[7].leaves))
