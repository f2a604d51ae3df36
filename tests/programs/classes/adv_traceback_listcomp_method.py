# a ZeroDivisionError in a method called from a list comprehension: traceback with <listcomp>
class P:
    def __init__(self, x):
        self.x = x
    def inv(self):
        return 1 / self.x
ps = [P(2), P(1), P(0)]
print([p.inv() for p in ps])
