# a property setter inherited by a subclass, assigned from outside
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
class Sub(Base):
    pass
s = Sub()
s.v = 3
print(s.v)
