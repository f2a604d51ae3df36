# __bool__ and __len__ decide truth in if/while/not/bool()/or and comprehension filters.
class Z:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n != 0


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


z = Z(0)
print(bool(z), not z, bool(Z(1)), not Z(1))
print(bool(L(0)), not L(0), bool(L(2)))
x = z or Z(5)
print(x.n)
while L(0):
    print("never")
    break
print([1 for q in [Z(0), Z(2)] if q])
