# set.remove of an absent instance: KeyError with its repr
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(self.x)
s = {P(1)}
s.remove(P(2))
