# IndexError inside __str__ called from a list comprehension: uncaught traceback
class A:
    def __init__(self):
        self.v = 1
    def __str__(self):
        return "A" + str([1][3])
a = A()
print([str(x) for x in [a]])
