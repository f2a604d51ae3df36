# __iadd__ mutating in place: the alias sees the change
class M:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self):
        return f"M({self.v})"
a = M(1)
b = a
a += 5
print(a, b)
