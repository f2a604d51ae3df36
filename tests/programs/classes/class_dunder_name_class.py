# C.__name__, cls.__name__ in a classmethod, x.__class__ (and its __name__) of instances and exceptions.
class Shape:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"{self.__class__.__name__}({self.n})"

    @classmethod
    def make(cls, n):
        print("making", cls.__name__)
        return cls(n)


class Square(Shape):
    pass


shapes = [Shape(1), Square(2), Square.make(3)]
print(shapes, Shape.__name__, Square.__name__)
print(type(shapes[1]).__name__, shapes[1].__class__.__name__)
try:
    raise KeyError("k")
except KeyError as e:
    print(e.__class__.__name__)
