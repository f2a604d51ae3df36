# __repr__ only: print and str use __repr__
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R<" + str(self.v) + ">"
r = R(5)
print(r, str(r), f"{r}", [r], (r, r))
