# a method creating an instance of a class defined later in the module
class A:
    def make_b(self, n):
        return B(n)
class B:
    def __init__(self, n):
        self.n = n
    def back(self):
        return A()
b = A().make_b(4)
print(b.n, type(b.back()).__name__)
