# a mutable default argument of a method is shared between calls
class Acc:
    def __init__(self):
        self.calls = 0
    def add(self, x, acc=[]):
        self.calls += 1
        acc.append(x)
        return acc
a = Acc()
print(a.add(1), a.add(2), a.add(3, []), a.add(4))
print(a.calls)
