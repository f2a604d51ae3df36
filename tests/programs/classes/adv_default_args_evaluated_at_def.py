# default arguments of methods are evaluated once, when the class body runs, not at call time
LIMIT = 10
class P:
    def __init__(self, cap=LIMIT):
        self.cap = cap
    def room(self, extra=LIMIT * 2):
        return self.cap + extra
LIMIT = 99
print(P().cap, P().room(), P(1).room(0))
def f(n=LIMIT):
    return n
LIMIT = 5
print(f())
