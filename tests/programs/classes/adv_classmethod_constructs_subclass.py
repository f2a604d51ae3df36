# @classmethod called through a subclass or an instance gets the subclass as cls
class Base:
    def __init__(self):
        self.n = 0
    @classmethod
    def make(cls):
        return cls()
    def who(self):
        return type(self).__name__
class Sub(Base):
    pass
print(Base.make().who(), Sub.make().who(), Sub().make().who())
