# __str__ overridden in some subclasses, __repr__ in the base or a subclass: print, str, repr, lists
class Value:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Value({self.v})"


class Money(Value):
    def __str__(self):
        return f"${self.v // 100}.{self.v % 100:02d}"


class Percent(Value):
    def __str__(self):
        return str(self.v) + "%"

    def __repr__(self):
        return f"Percent({self.v})"


class Plain(Value):
    pass


vals = [Money(1234), Percent(15), Plain(7), Value(0), Money(5)]
for x in vals:
    print(x, str(x), repr(x))
print(vals)
print([str(x) for x in vals])
print(", ".join([str(x) for x in vals]))
print("%s and %r" % (vals[0], vals[0]))
