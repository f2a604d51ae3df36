# a for loop whose target is an attribute of self
class A:
    def __init__(self):
        self.i = 0
    def run(self):
        for self.i in range(4):
            pass
        return self.i
print(A().run())
