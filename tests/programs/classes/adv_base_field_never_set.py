# a subclass that never runs the base __init__: AttributeError for the base's field
class Base:
    def __init__(self):
        self.a = 1
class Sub(Base):
    def __init__(self):
        self.b = 2
    def both(self):
        return self.a + self.b
s = Sub()
print(s.b)
print(s.both())
