# issubclass of classes, builtin classes and exception classes, decided statically or (for type(x) of several classes or of an exception) at run time.
class A:
    pass
class B(A):
    pass
class E(ValueError):
    pass
print(issubclass(B, A), issubclass(A, B), issubclass(E, ValueError), issubclass(E, Exception), issubclass(ValueError, E))
print(issubclass(bool, int), issubclass(B, (int, A)))
def check(xs):
    return sum(10 // x for x in xs)
try:
    print(check([1, 2, 0]))
except ZeroDivisionError as e:
    print("caught", e)
class Shape:
    pass
class Circle(Shape):
    pass
class Square(Shape):
    pass
shapes = [Circle(), Square()]
for s in shapes:
    print(type(s).__name__, issubclass(type(s), Circle), issubclass(type(s), (Square, int)), isinstance(s, Shape))
for exc in [ValueError("v"), KeyError("k")]:
    print(issubclass(type(exc), LookupError), issubclass(type(exc), (ValueError, IndexError)))
try:
    raise E("e")
except Exception as err:
    print(issubclass(type(err), ValueError), issubclass(type(err), E), isinstance(err, ValueError))
print(isinstance(E("x"), ValueError), isinstance(E("x"), KeyError))
