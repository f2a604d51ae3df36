# __repr__ inherited and overridden, using type(self).__name__
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Child(Base):
    pass
class Other(Base):
    def __repr__(self):
        return "Other:" + super().__repr__()
print(Base(1), Child(2), Other(3))
print([Child(4), Child(5)])
