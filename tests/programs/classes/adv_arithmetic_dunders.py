# arithmetic and bitwise dunders, unary ops and augmented assignment falling back to binary ops
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __pow__(self, k):
        return V(self.x ** k)
    def __mod__(self, k):
        return V(self.x % k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __and__(self, o):
        return V(self.x & o.x)
    def __lshift__(self, k):
        return V(self.x << k)
    def __invert__(self):
        return V(~self.x)
    def __pos__(self):
        return V(abs(self.x))
    def __repr__(self):
        return f"V({self.x})"
a = V(7)
print(a + V(1), a * 3, a ** 2, a % 4, a // 2, a & V(3), a << 2, ~a, +V(-3))
b = V(10)
b += V(5)
b *= 2
b **= 2
b %= 7
b <<= 3
print(b)
print(a.x / 2)
print(V(1) // 0)
