# augmented assignment through chains of instance attributes and list items; same attr name in unrelated classes
class A:
    n = 10
    def get(self):
        return self.n
class B:
    def __init__(self):
        self.n = "inst"
    def get(self):
        return self.n
class Inner:
    def __init__(self, v):
        self.v = v
class Outer:
    def __init__(self):
        self.inner = Inner(1)
        self.items = [Inner(2)]
o = Outer()
o.inner.v += 5
o.items[0].v *= 3
o.inner.v = o.inner.v + o.items[0].v
print(A().get(), B().get(), A.n, o.inner.v, o.items[0].v)
