# the exact depth at which RecursionError is raised through a method
class R:
    def __init__(self):
        self.n = 0
    def f(self, d):
        self.n = d
        return self.f(d + 1)
r = R()
try:
    r.f(1)
except RecursionError:
    print(r.n)
