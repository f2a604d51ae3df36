# __call__ with positional, keyword and default arguments
class K:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1, z=2):
        return x * self.k + y - z
f = K(10)
print(f(1), f(1, 5), f(1, z=0), f(x=2, y=0, z=0))
