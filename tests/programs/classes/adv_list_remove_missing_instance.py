# list.remove of an equal-looking but distinct instance: ValueError
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(self.x)
ps = [P(1)]
ps.remove(P(2))
