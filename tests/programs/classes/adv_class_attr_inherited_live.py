# a subclass reads the base class attribute live, after it changes
class A:
    count = 0
class B(A):
    def read(self):
        return self.count
b = B()
A.count = 5
print(b.read(), B.count)
A.count += 1
print(b.read(), B.count, b.count)
