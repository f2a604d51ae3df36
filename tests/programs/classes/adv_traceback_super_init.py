# traceback through __init__ and super().__init__
class Base:
    def __init__(self, n):
        self.n = 10 // n
class Sub(Base):
    def __init__(self, n):
        super().__init__(n)
        self.m = n
print(Sub(2).n)
s = Sub(0)
