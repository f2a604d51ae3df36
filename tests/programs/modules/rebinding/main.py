# `from m import x` copies the binding, as CPython's: rebinding either name leaves the other;
# a class keeps its identity under the new name; a function defined before an import uses it.
from config import level, Shape, bump, describe
import config


def area():
    return shapes.square(3)


import shapes

print(level, config.level)
level = 10
print(level, config.level)
bump()
print(level, config.level)
print(describe(), area())


class Square(Shape):
    def sides(self):
        return 4


print(Square().sides(), Square().name(), isinstance(Square(), Shape), type(Square()).__name__)
print(type(Shape()).__name__, repr(config.Point(1, 2)), type(config.Point(1, 2)))
