# field layout across inheritance: subclass sets its fields before calling super().__init__, base methods read/write both
class Base:
    def __init__(self, a):
        self.a = a
        self.log = ["base"]
    def bump(self):
        self.a += 1
        self.log.append("bump")
        return self.a
class Mid(Base):
    def __init__(self, a, b):
        self.b = b
        self.log2 = "mid"
        super().__init__(a)
    def both(self):
        return (self.a, self.b, self.bump(), self.log, self.log2)
class Leaf(Mid):
    def __init__(self):
        self.c = [1.5]
        super().__init__(10, "bee")
    def all(self):
        return (self.both(), self.c)
print(Base(1).bump(), Mid(2, "x").both(), Leaf().all())
l = Leaf()
l.bump()
l.bump()
print(l.a, l.b, l.c, l.log, isinstance(l, Mid))
