# recursive construction in __init__; RecursionError from it is caught
class R:
    def __init__(self, d):
        self.d = d
        if d > 0:
            self.child = R(d - 1)
    def depth(self):
        if self.d == 0:
            return 0
        return 1 + self.child.depth()
print(R(400).depth())
try:
    R(2000)
except RecursionError as e:
    print("RecursionError", e)
