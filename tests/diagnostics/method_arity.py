# Arity errors name a method by its qualified name, as CPython does.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


p = Point(1, 2, 3)  # error: [type-error]
q = Point(1)
print(q.moved())  # error: [type-error]
