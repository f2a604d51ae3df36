# __str__ inherited and extended through super(), __repr__ calling str(self)
class A:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "A(" + str(self.v) + ")"
class B(A):
    def __str__(self):
        return "B:" + super().__str__()
class C(B):
    def __repr__(self):
        return "C!" + str(self)
print(A(1), B(2), C(3), [C(4)], repr(B(5)).startswith("<__main__.B object"))
