# rebinding self inside a method only changes the local name
class P:
    def __init__(self, x):
        self.x = x
    def rebind(self):
        self = P(99)
        return self.x
p = P(1)
print(p.rebind(), p.x)
