# a < b answered by the reflected __gt__ when only __gt__ is defined
class P:
    def __init__(self, x):
        self.x = x
    def __gt__(self, other):
        return self.x > other.x
print(P(1) < P(2))
