# list.index of a distinct instance: ValueError message
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(self.x)
ps = [P(1)]
print(ps.index(P(1)))
