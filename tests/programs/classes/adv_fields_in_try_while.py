# fields assigned inside try/except/finally and while loops in __init__; AttributeError when the loop never ran
class A:
    def __init__(self, n):
        try:
            self.v = 10 // n
        except ZeroDivisionError:
            self.v = -1
        finally:
            self.done = True
        while n > 0:
            self.last = n
            n -= 1
a = A(2)
print(a.v, a.done, a.last)
b = A(0)
print(b.v, b.done)
print(b.last)
