# a method assigning Base.count while a subclass shadows count
class A:
    count = 0
    def bump(self):
        A.count += 1
        return A.count
class B(A):
    count = 100
b = B()
print(b.bump(), A.count, B.count, b.count)
