# sum(map(lambda ...)) over a field inside a method; ZeroDivisionError traceback with <lambda>
class V:
    def __init__(self, xs):
        self.xs = xs
    def total(self):
        return sum(map(lambda x: 10 // x, self.xs))
print(V([1, 2]).total())
print(V([1, 0]).total())
