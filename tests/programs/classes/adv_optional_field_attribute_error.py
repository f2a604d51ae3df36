# reading through an Optional field that is still None raises AttributeError on NoneType
class N:
    def __init__(self, k):
        self.k = k
        self.left = None
    def grow(self):
        self.left = N(self.k - 1)
    def peek(self):
        return self.left.k
    def peek2(self):
        return self.left.peek()
a = N(5)
a.grow()
print(a.peek())
b = N(1)
try:
    print(b.peek())
except AttributeError as e:
    print("AE:", e)
print(b.peek2())
