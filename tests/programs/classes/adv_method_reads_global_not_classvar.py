# a bare name in a method finds the global, not the class attribute of the same name
k = 100
class A:
    k = 5
    def f(self):
        return k
print(A().f(), A.k)
