# %r, {!r} and f-string !r with specs on instances with __repr__, also inside containers
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(self.x)
print("%r|%-5r|%s" % (P(3), P(4), [P(5)]))
print(f"{P(6)!r:^7}|{[P(7)]}|{(P(8),)}")
print("{:>5}|{!r}".format(str(P(9)), P(10)))
