# uncaught RecursionError traceback through a method
class R:
    def __init__(self):
        self.x = 1
    def f(self, n):
        return self.f(n + 1) + self.x
R().f(0)
