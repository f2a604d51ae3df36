# `is` between instances: the same object, a distinct object with equal fields, and aliases
class Box:
    def __init__(self, v: int) -> None:
        self.v = v


a = Box(1)
b = Box(1)
c = a
print(a is a, a is b, a is c, b is c)
print(a is not b, a is not c)
c.v = 5
print(a.v, b.v, a is c)
c = b
print(a is c, b is c)
boxes = [a, b]
x = boxes[1]
print(x is b, x is a)
if a is not b:
    print("distinct objects")
if c is b:
    print("c aliases b")
