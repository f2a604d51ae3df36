# empty container fields whose element types come from later extend/+=/setdefault/update, or never
class Bag:
    def __init__(self):
        self.items = []
        self.more = list()
        self.index = {}
        self.tags = set()
        self.never = []
        self.never_d = {}
    def fill(self, n):
        self.items += [n, n + 1]
        self.more.extend(["x" * n])
        self.index.setdefault("k" + str(n), []).append(n)
        self.tags.update({n % 3})
        return self
b = Bag().fill(1).fill(2).fill(4)
print(b.items, b.more, b.index, sorted(b.tags), b.never, b.never_d, len(b.never))
