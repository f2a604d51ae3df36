# calling the base class's method explicitly as Base.method(self, ...) from an override and from outside
class Base:
    def __init__(self, v):
        self.v = v
    def show(self, tag):
        return tag + ":" + str(self.v)
class Sub(Base):
    def __init__(self, v):
        Base.__init__(self, v * 10)
    def show(self, tag):
        return "[" + Base.show(self, tag) + "]"
s = Sub(4)
print(s.show("s"), Base.show(s, "b"), Sub.show(s, "q"))
