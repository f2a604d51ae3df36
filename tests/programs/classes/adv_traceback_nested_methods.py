# uncaught exception traceback through nested methods
class A:
    def __init__(self, d):
        self.d = d
    def outer(self, k):
        return self.inner(k) + 1
    def inner(self, k):
        return self.d[k]
a = A({"x": 1})
print(a.outer("x"))
print(a.outer("y"))
