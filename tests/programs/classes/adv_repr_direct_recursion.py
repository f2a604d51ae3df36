# a __repr__ calling repr(self) directly raises RecursionError
class A:
    def __init__(self):
        self.v = 1
    def __repr__(self):
        return "A" + repr(self)
try:
    print(A())
except RecursionError:
    print("RecursionError")
