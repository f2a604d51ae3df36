# bound methods as values: stored in a variable, passed to a function, see later field changes
class P:
    def __init__(self, k):
        self.k = k
    def f(self, x):
        return x * self.k
    def set(self, k):
        self.k = k
def apply(fn, v):
    return fn(v)
p = P(2)
q = P(3)
print(apply(p.f, 7), apply(q.f, 7))
h = p.f
p.set(100)
print(h(1))
