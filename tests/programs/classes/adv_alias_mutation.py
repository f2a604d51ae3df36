# mutation through aliases is visible through every reference
class Box:
    def __init__(self, v):
        self.v = v
        self.items = []
    def set(self, v):
        self.v = v
    def push(self, x):
        self.items.append(x)
a = Box(1)
b = a
b.set(2)
lst = [a, a]
lst[0].push("x")
print(a.v, b.v, lst[1].v, a.items, lst[1].items)
d = {"k": a}
d["k"].set(99)
print(a.v)
