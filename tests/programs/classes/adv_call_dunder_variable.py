# an instance with __call__ called through a variable
class V:
    def __init__(self, x):
        self.x = x
    def __call__(self, k):
        return k * self.x
v = V(3)
print(v(4))
