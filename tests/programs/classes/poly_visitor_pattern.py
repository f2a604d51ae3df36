# double dispatch: node.accept(visitor) calls visitor.visit_xxx(node); two visitors with state
class Visitor:
    def visit_num(self, n):
        pass

    def visit_add(self, n):
        n.left.accept(self)
        n.right.accept(self)

    def visit_neg(self, n):
        n.inner.accept(self)


class Node:
    def accept(self, v):
        pass


class Num(Node):
    def __init__(self, value):
        self.value = value

    def accept(self, v):
        v.visit_num(self)


class Add(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def accept(self, v):
        v.visit_add(self)


class Neg(Node):
    def __init__(self, inner):
        self.inner = inner

    def accept(self, v):
        v.visit_neg(self)


class Counter(Visitor):
    def __init__(self):
        self.nums = 0
        self.adds = 0

    def visit_num(self, n):
        self.nums += 1

    def visit_add(self, n):
        self.adds += 1
        super().visit_add(n)


class Evaluator(Visitor):
    def __init__(self):
        self.stack = []

    def visit_num(self, n):
        self.stack.append(n.value)

    def visit_add(self, n):
        super().visit_add(n)
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append(a + b)

    def visit_neg(self, n):
        super().visit_neg(n)
        self.stack.append(-self.stack.pop())


class Printer(Visitor):
    def __init__(self):
        self.out = []

    def visit_num(self, n):
        self.out.append(str(n.value))

    def visit_add(self, n):
        self.out.append("(")
        n.left.accept(self)
        self.out.append("+")
        n.right.accept(self)
        self.out.append(")")

    def visit_neg(self, n):
        self.out.append("-")
        super().visit_neg(n)


tree = Add(Num(1), Add(Neg(Num(5)), Add(Num(10), Neg(Neg(Num(2))))))
c = Counter()
ev = Evaluator()
pr = Printer()
visitors = [c, ev, pr, Visitor()]
for v in visitors:
    tree.accept(v)
print(c.nums, c.adds)
print(ev.stack)
print("".join(pr.out))
Num(3).accept(ev)
print(ev.stack)
