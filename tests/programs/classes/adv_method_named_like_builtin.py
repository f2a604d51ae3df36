# methods named like a global function / builtin; the bare names inside still mean the global ones
def helper(x):
    return x + 1
class A:
    def __init__(self):
        self.v = 1
    def helper(self, x):
        return helper(x) * 10
    def len(self):
        return len([1, 2, 3])
a = A()
print(a.helper(1), a.len())
