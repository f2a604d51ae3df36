# IndexError inside __repr__ called by f-string !r: uncaught traceback
class A:
    def __init__(self):
        self.v = 1
    def __repr__(self):
        return "A" + str([1][3])
a = A()
print(f"{a!r}")
