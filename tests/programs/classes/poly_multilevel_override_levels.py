# a three-level hierarchy with methods overridden at different levels, called through the root type
class Base:
    def a(self):
        return "Base.a"

    def b(self):
        return "Base.b"

    def c(self):
        return "Base.c"

    def all(self):
        return self.a() + " " + self.b() + " " + self.c()


class Mid(Base):
    def b(self):
        return "Mid.b"


class Leaf(Mid):
    def a(self):
        return "Leaf.a"

    def c(self):
        return "Leaf.c"


class Other(Base):
    def c(self):
        return "Other.c"


class Leaf2(Leaf):
    def b(self):
        return "Leaf2.b"


xs = [Base(), Mid(), Leaf(), Other(), Leaf2()]
for x in xs:
    print(type(x).__name__, "->", x.all())
print([x.b() for x in xs])
print(isinstance(xs[4], Mid), isinstance(xs[3], Mid), isinstance(xs[2], Base))
