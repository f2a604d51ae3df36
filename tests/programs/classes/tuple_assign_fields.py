# Fields assigned by tuple and starred unpacking on self.
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
        [self.c, *self.d] = [1, 2, 3]
p = P(1, "x")
print(p.a, p.b, p.c, p.d)
