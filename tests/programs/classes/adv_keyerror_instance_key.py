# KeyError with an instance key shows its __repr__, caught and uncaught
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(self.x)
d = {P(1): 1}
try:
    d[P(2)]
except KeyError as e:
    print("KeyError", e, repr(e))
d[P(3)]
