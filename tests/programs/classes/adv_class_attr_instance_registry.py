# a class attribute holding an instance of another class, and a registry list of instances
class A:
    def __init__(self, v):
        self.v = v
class B:
    origin = A(0)
    registry = []
    def __init__(self, v):
        self.a = A(v)
        B.registry.append(self)
    def dist(self):
        return self.a.v - B.origin.v
B(3); B(5)
print([b.dist() for b in B.registry], len(B.registry), B.origin.v)
