# the interpreter pattern: Num/Add/Mul/Neg nodes held in base-typed fields, eval() and show()
class Expr:
    def eval(self):
        return 0

    def show(self):
        return "?"

    def size(self):
        return 1


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v

    def show(self):
        return str(self.v)


class Add(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self):
        return self.left.eval() + self.right.eval()

    def show(self):
        return "(" + self.left.show() + " + " + self.right.show() + ")"

    def size(self):
        return 1 + self.left.size() + self.right.size()


class Mul(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def eval(self):
        return self.left.eval() * self.right.eval()

    def show(self):
        return self.left.show() + " * " + self.right.show()

    def size(self):
        return 1 + self.left.size() + self.right.size()


class Neg(Expr):
    def __init__(self, inner):
        self.inner = inner

    def eval(self):
        return -self.inner.eval()

    def show(self):
        return "-" + self.inner.show()

    def size(self):
        return 1 + self.inner.size()


e1 = Add(Num(2), Mul(Num(3), Num(4)))
e2 = Mul(Add(Num(1), Num(2)), Neg(Add(Num(3), Num(4))))
e3 = Num(7)
for e in [e1, e2, e3]:
    print(e.show(), "=", e.eval(), "size", e.size())
big = Num(1)
for i in range(2, 8):
    if i % 2 == 0:
        big = Add(big, Num(i))
    else:
        big = Mul(big, Num(i))
print(big.show(), "=", big.eval(), big.size())
