# A class with __eq__ and __hash__: instances as dict keys and set members, hash().
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return self.a == other.a and self.b == other.b

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


class Minus:
    def __hash__(self):
        return -1


d = {Key(1, "x"): 10, Key(2, "y"): 20}
d[Key(1, "x")] += 5
print(d[Key(1, "x")], len(d), Key(2, "y") in d, Key(3, "z") in d)
s = {Key(1, "a"), Key(1, "a"), Key(2, "a")}
print(len(s), Key(2, "a") in s)
print(hash(Key(1, "x")) == hash((1, "x")), hash(Minus()))
print(sorted(k.a for k in d))
