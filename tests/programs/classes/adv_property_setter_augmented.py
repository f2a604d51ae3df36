# property getter/setter call order for += and reassignment
class P:
    def __init__(self):
        self._v = 0
        self.log = []
    @property
    def v(self):
        self.log.append("get")
        return self._v
    @v.setter
    def v(self, val):
        self.log.append("set")
        self._v = val
p = P()
p.v += 5
p.v = p.v * 2
print(p.v, p.log)
