# method calls mixing positional, keyword and default arguments
class A:
    def m(self, a, b=2, c=3):
        return (a, b, c)
x = A()
print(x.m(1), x.m(1, c=9), x.m(a=5, b=6), x.m(c=0, a=1), x.m(1, 2, 3))
