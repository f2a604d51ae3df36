# calling a method through the class with an explicit instance, and a bound method stored in a variable
class P:
    def __init__(self, x):
        self.x = x
    def f(self, k):
        return self.x + k
p = P(3)
print(P.f(p, 4))
g = p.f
print(g(5))
