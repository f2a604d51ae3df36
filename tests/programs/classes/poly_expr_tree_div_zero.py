# a Div node raising ZeroDivisionError deep in a polymorphic eval: caught once, then uncaught
class E:
    def eval(self):
        return 0


class Const(E):
    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v


class Sub(E):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def eval(self):
        return self.a.eval() - self.b.eval()


class Div(E):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def eval(self):
        return self.a.eval() // self.b.eval()


ok = Div(Const(20), Sub(Const(7), Const(3)))
print(ok.eval())
bad = Div(Const(1), Sub(Const(3), Const(3)))
try:
    print(bad.eval())
except ZeroDivisionError as e:
    print("caught:", e)
outer = Sub(Const(100), Div(Const(5), Sub(Const(2), Const(2))))
print(outer.eval())
