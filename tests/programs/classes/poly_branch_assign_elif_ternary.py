# if/elif/else picking one of three subclasses, and a conditional expression choosing between two
class Op:
    def apply(self, a, b):
        return a

    def symbol(self):
        return "?"


class Plus(Op):
    def apply(self, a, b):
        return a + b

    def symbol(self):
        return "+"


class Minus(Op):
    def apply(self, a, b):
        return a - b

    def symbol(self):
        return "-"


class Times(Op):
    def apply(self, a, b):
        return a * b

    def symbol(self):
        return "*"


def pick(c):
    if c == "+":
        op = Plus()
    elif c == "-":
        op = Minus()
    elif c == "*":
        op = Times()
    else:
        op = Op()
    return op


for c in "+-*/":
    op = pick(c)
    print(7, op.symbol(), 3, "=", op.apply(7, 3))

for n in range(4):
    o = Plus() if n % 2 == 0 else Times()
    print(n, o.symbol(), o.apply(n, 10))

acc = 1
for c in "++*-*":
    acc = pick(c).apply(acc, 2)
print("acc", acc)
