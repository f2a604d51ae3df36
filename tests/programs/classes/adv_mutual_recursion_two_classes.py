# mutual recursion between methods of two classes
class Even:
    def __init__(self):
        self.seen = 0
    def check(self, n, odd):
        self.seen += 1
        if n == 0:
            return True
        return odd.check(n - 1, self)
class Odd:
    def __init__(self):
        self.seen = 0
    def check(self, n, even):
        self.seen += 1
        if n == 0:
            return False
        return even.check(n - 1, self)
e = Even()
o = Odd()
print(e.check(10, o), e.check(7, o), e.seen, o.seen)
