# @classmethod reading cls.count sees the subclass's class attribute
class Base:
    count = 0
    @classmethod
    def read(cls):
        return cls.count
class Sub(Base):
    count = 5
print(Base.read(), Sub.read(), Sub().read())
