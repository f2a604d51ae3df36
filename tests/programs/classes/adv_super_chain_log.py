# super().step() chained through three classes, each appending to a shared log
class A:
    def __init__(self):
        self.log = []
    def step(self, s):
        self.log.append("A" + s)
        return self
class B(A):
    def step(self, s):
        self.log.append("B" + s)
        return super().step(s + "'")
class C(B):
    def step(self, s):
        self.log.append("C" + s)
        return super().step(s + "'")
c = C()
c.step("x").step("y")
print(c.log)
b = B()
b.step("q")
print(b.log)
