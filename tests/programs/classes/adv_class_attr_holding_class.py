# a class attribute holding another class, called to make an instance
class P:
    pass
class H:
    kind = P
print(type(H.kind()).__name__)
