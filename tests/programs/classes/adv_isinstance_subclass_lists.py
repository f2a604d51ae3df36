# isinstance with subclasses and all() over a list of instances
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), type(B()).__name__, type(A()).__name__)
x = [A(), A()]
print(len(x), all([isinstance(i, A) for i in x]))
