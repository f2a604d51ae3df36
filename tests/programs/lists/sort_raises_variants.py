# A sort whose key function or comparison raises: the list is left as CPython leaves it.
class L:
    def __init__(self, k: int):
        self.k = k
    def __lt__(self, other):
        if self.k == 3 or other.k == 3:
            raise ArithmeticError("cmp3")
        return self.k < other.k
    def __repr__(self):
        return f"L{self.k}"
xs = [L(5), L(7), L(1), L(3)]
try:
    xs.sort(reverse=True)
except ArithmeticError as e:
    print("err", e)
print(xs)
ys = [5, 7, 1, 3]
def kf(v: int) -> int:
    if v == 1:
        raise KeyError(v)
    return v
try:
    ys.sort(key=kf, reverse=True)
except KeyError as e:
    print("err", e)
print(ys)
zs = [5, 7, 1, 3]
try:
    zs.sort(key=lambda v: 1 // (v - 1))
except ZeroDivisionError as e:
    print("err", e)
print(zs, len(zs))
zs.append(4)
print(zs)
