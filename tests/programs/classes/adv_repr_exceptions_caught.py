# exceptions raised by __repr__/__str__ inside runtime formatting are catchable by the caller; output stays consistent
class P:
    def __init__(self, i):
        self.i = i
    def __repr__(self):
        if self.i == 2:
            raise KeyError(self.i)
        return "P" + str(self.i)
    def __str__(self):
        return "s" + str(10 // self.i)
items = [P(1), P(2), P(3)]
for trial in range(3):
    try:
        print("list:", items)
    except KeyError as e:
        print("KeyError", e, trial)
    try:
        print("item:", items[0], P(0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        s = f"{items[2]!r} {items[1]!r}"
        print(s)
    except KeyError as e:
        print("again", repr(e))
print(str(items[0]), repr(items[2]), [items[0], items[2]])
