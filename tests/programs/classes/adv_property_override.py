# @property overridden in a subclass and used by an inherited property
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def desc(self):
        return f"{type(self).__name__} area={self.area}"
class Sq(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def area(self):
        return self.w ** 2 + 0
print(Shape(2, 3).desc, Sq(4).desc, Sq(5).area)
