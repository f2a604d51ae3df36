# a property reading a missing attribute that is never used does not stop compilation
class P:
    def __init__(self):
        self.v = 1
    @property
    def missing(self):
        return self.nope
    @property
    def fine(self):
        return self.v
print(P().fine)
