# super() inside an inherited method resolves from the defining class, not from type(self)
class A:
    def __init__(self):
        self.trace = []
    def m(self):
        self.trace.append("A")
        return 1
class B(A):
    def m(self):
        self.trace.append("B")
        return 10 + super().m()
class C(B):
    pass
class D(C):
    def m(self):
        self.trace.append("D")
        return 100 + super().m()
c = C()
d = D()
print(c.m(), c.trace, d.m(), d.trace)
