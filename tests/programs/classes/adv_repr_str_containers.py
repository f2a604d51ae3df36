# __repr__ used in containers, __str__ by print/str/f-string, !r conversion
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = P(1, "a")
print(p)
print(str(p), repr(p))
print(f"{p} {p!r} {p!s}")
print([p, P(2, "b")])
print((p,), {"k": p})
print({1: [p]})
print("%s and %r" % (p, p))
print(str([p]))
