# a subclass __init__ that does not call super().__init__: reading the base's field raises AttributeError
class Base:
    def __init__(self):
        self.a = 1
class Sub(Base):
    def __init__(self):
        self.b = 2
    def show(self):
        return self.a
s = Sub()
print(s.b)
print(s.show())
