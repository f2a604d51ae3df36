# a method mutating another instance of its class (and itself as the argument)
class P:
    def __init__(self, x):
        self.x = x
    def other(self, o):
        o.x += self.x
        return o
a = P(1)
b = P(10)
a.other(b).other(a)
print(a.x, b.x)
a.other(a)
print(a.x)
