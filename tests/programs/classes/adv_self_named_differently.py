# methods whose first parameter is not called self, and a parameter named like a field
class P:
    def __init__(this, x, y):
        this.x = x
        this.y = y
    def add(me, x):
        return me.x + x
    def swap(s):
        s.x, s.y = s.y, s.x
p = P(1, 2)
print(p.add(10), p.x)
