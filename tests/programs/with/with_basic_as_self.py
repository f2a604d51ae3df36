# with X() as v where __enter__ returns self; normal exit passes None for all three arguments
class Box:
    def __init__(self, name):
        self.name = name
        self.items = []

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None, exc is None, tb is None)
        return False

    def put(self, x):
        self.items.append(x)


b = Box("first")
with b as v:
    v.put(1)
    v.put(2)
    print("same object:", v is b)
    print("inside:", v.items)
print("after:", b.items, v.name)

with Box("second") as w:
    w.put(10)
print("second items:", w.items)
print("done")
