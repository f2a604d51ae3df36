# __str__ only: containers fall back to the default repr; repr() is default
class S:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "S" + str(self.v)
s = S(3)
print(s, str(s))
r = repr(s)
print(r.startswith("<__main__.S object at 0x"), r.endswith(">"))
x = str([s])
print(x.startswith("[<__main__.S object at 0x"))
