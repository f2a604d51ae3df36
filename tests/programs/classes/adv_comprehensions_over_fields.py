# list/dict comprehensions and sorted(key=lambda) reading self's fields
class A:
    def __init__(self):
        self.xs = [1, 2, 3]
    def doubled(self):
        return [x * 2 for x in self.xs if x != self.xs[0]]
    def keyed(self):
        return {x: self.xs.index(x) for x in self.xs}
a = A()
print(a.doubled(), a.keyed(), sorted(a.xs, key=lambda v: -v))
