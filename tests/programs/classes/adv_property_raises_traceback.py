# ZeroDivisionError inside a property getter: uncaught traceback
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return 1 // self._v
p = P()
print(p.v)
