# calling an abstract method on a base instance through a base-typed list element: uncaught traceback
class Shape:
    def area(self):
        raise NotImplementedError("Shape.area is abstract")


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


def total(shapes):
    t = 0
    for s in shapes:
        t += s.area()
        print("running", t)
    return t


print(total([Sq(2), Rect(2, 3)]))
print(total([Sq(1), Shape(), Rect(5, 5)]))
print("not reached")
