# super().__init__ and super().method through four levels with default arguments
class A:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def total(self, k=1):
        return (self.x + self.y) * k
    def name(self):
        return "A"
class B(A):
    def name(self):
        return "B<" + super().name() + ">"
class C(B):
    def __init__(self, x):
        super().__init__(x, x * 2)
        self.z = -1
    def total(self, k=1):
        return super().total(k + 1) + self.z
class D(C):
    def name(self):
        return "D<" + super().name() + ">"
print(B(1, 2).total(), B(3).total(k=3), B(1).name())
c = C(2)
print(c.x, c.y, c.z, c.total(), c.total(2), c.name())
d = D(5)
print(d.total(), d.name(), isinstance(d, A), isinstance(d, B), isinstance(c, D))
