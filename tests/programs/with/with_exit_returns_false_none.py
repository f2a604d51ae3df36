# __exit__ returning False, None (implicitly) or a falsy value lets the exception propagate
class RetFalse:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("RetFalse exit", exc_type.__name__)
        return False
class RetNone:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("RetNone exit", exc)
class RetCount:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("RetCount exit", self.n)
        return self.n

try:
    with RetFalse():
        raise ValueError("one")
except ValueError as e:
    print("caught", e)
try:
    with RetNone():
        raise ValueError("two")
except ValueError as e:
    print("caught", e)
try:
    with RetCount(0):
        raise ValueError("three")
except ValueError as e:
    print("caught", e)
with RetCount(5):
    raise ValueError("four")
print("four was suppressed by a truthy int")
