# __repr__/__str__ that print while being formatted: output order matches CPython
class P:
    def __init__(self, i):
        self.i = i
    def __repr__(self):
        print("repr", self.i)
        return "P" + str(self.i)
    def __str__(self):
        print("str", self.i, end=";")
        return "S" + str(self.i)
print("a", P(1), [P(2), P(3)], f"{P(4)!r}", sep="|")
x = str(P(5)) + repr(P(6))
print(x)
