# __iter__ returning iter() of dict items, sorted list, range and str; tuple unpacking in for and dict comprehensions
class D:
    def __init__(self):
        self.d = {"a": 1, "b": 2}
    def __iter__(self):
        return iter(self.d.items())
class G:
    def __init__(self):
        self.xs = [3, 1, 2]
    def __iter__(self):
        return iter([x * 2 for x in self.xs])
class S:
    def __init__(self):
        self.xs = [3, 1, 2]
    def __iter__(self):
        return iter(sorted(self.xs))
class R:
    def __iter__(self):
        return iter(range(3))
class Str:
    def __iter__(self):
        return iter("hey")
for k, v in D():
    print(k, v)
print([x for x in G()], [x for x in S()], [x for x in R()], [c for c in Str()])
print({k: v for k, v in D()})
