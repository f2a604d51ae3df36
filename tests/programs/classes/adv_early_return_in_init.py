# a bare return in __init__ leaves a later field unset: AttributeError
class P:
    def __init__(self, x):
        self.x = x
        if x < 0:
            return
        self.pos = True
p = P(-1)
print(p.x)
print(p.pos)
