# calling __init__, __repr__ and __str__ explicitly
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(self.x)
    def __str__(self):
        return "s" + str(self.x)
p = P(1)
p.__init__(5)
print(p.x, p.__repr__(), p.__str__(), P.__repr__(p))
