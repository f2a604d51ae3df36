# a field never set in __init__, set to None by one method and to a list by another: unset -> AttributeError, then None, then a list
class C:
    def __init__(self):
        self.n = 0
    def clear(self):
        self.cache = None
    def load(self):
        self.cache = [1, 2, 3]
    def show(self):
        return f"cache={self.cache}"
c = C()
try:
    print(c.show())
except AttributeError as e:
    print("AttributeError:", e)
c.clear()
print(c.show())
c.load()
print(c.show(), c.cache)
c.clear()
print(c.cache is None)
