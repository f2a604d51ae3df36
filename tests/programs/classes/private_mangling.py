# Private names (self.__x) are mangled per class: a base and a subclass keep separate slots.
class A:
    __slots__ = ("_A__v", "w")

    def __init__(self):
        self.__v = "A"
        self.w = 1

    def a_value(self):
        return self.__v


class B(A):
    def __init__(self):
        super().__init__()
        self.__v = "B"

    def b_value(self):
        return self.__v


b = B()
print(b.a_value(), b.b_value(), b._A__v, b._B__v, b.w)
