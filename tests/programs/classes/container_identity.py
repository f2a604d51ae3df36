# Containers compare items by identity first (CPython's PyObject_RichCompareBool).
class Never:
    def __init__(self, name: str):
        self.name = name

    def __eq__(self, o: object) -> bool:
        print("eq", self.name)
        return False


a = Never("a")
b = Never("b")
xs = [a, b]
print(a in xs)
print(b in xs)
print(xs.count(a), xs.count(b))
print(xs.index(b))
print(xs == [a, b])
print(xs == [b, a])
print((a, 1) == (a, 1))
print((a,) != (a,))
print({1: a} == {1: a})
print({1: a} == {1: b})
print(Never("c") in xs)
t = (a, b)
print(b in t, t.count(a), t.index(b))
