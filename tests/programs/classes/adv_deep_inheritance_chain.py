# a 12-level inheritance chain: method resolution, super() chains skipping levels, class attrs
class C0:
    level = 0
    def __init__(self, v):
        self.v = v
    def who(self):
        return 'C0'
    def chain(self):
        return [0]
class C1(C0):
    def who(self):
        return 'C1>' + super().who()
class C2(C1):
    def chain(self):
        return super().chain() + [2]
class C3(C2):
    level = 3
    pass
class C4(C3):
    def chain(self):
        return super().chain() + [4]
class C5(C4):
    def who(self):
        return 'C5>' + super().who()
class C6(C5):
    level = 6
    def chain(self):
        return super().chain() + [6]
class C7(C6):
    pass
class C8(C7):
    def chain(self):
        return super().chain() + [8]
class C9(C8):
    level = 9
    def who(self):
        return 'C9>' + super().who()
class C10(C9):
    def chain(self):
        return super().chain() + [10]
class C11(C10):
    pass
objs = [C11(1)]
o = C11(5)
print(o.who(), o.chain(), o.level, C7.level, C2.level, o.v)
m = C6(2)
print(m.who(), m.chain(), m.level, isinstance(m, C3), isinstance(m, C0), type(m).__name__)
