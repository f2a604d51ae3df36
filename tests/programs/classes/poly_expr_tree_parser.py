# a recursive-descent parser returning base-typed AST nodes; evaluation with variables in a dict
class Node:
    def eval(self, env):
        return 0

    def show(self):
        return ""


class Lit(Node):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def show(self):
        return str(self.v)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def show(self):
        return self.name


class Bin(Node):
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b

    def eval(self, env):
        x = self.a.eval(env)
        y = self.b.eval(env)
        if self.op == "+":
            return x + y
        if self.op == "-":
            return x - y
        return x * y

    def show(self):
        return "(" + self.a.show() + " " + self.op + " " + self.b.show() + ")"


class Parser:
    def __init__(self, text):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0

    def peek(self):
        if self.pos < len(self.toks):
            return self.toks[self.pos]
        return ""

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expr(self):
        node = self.term()
        while self.peek() == "+" or self.peek() == "-":
            op = self.take()
            node = Bin(op, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() == "*":
            self.take()
            node = Bin("*", node, self.atom())
        return node

    def atom(self):
        t = self.take()
        if t == "(":
            node = self.expr()
            self.take()
            return node
        if t.isdigit():
            return Lit(int(t))
        return Var(t)


env = {"x": 5, "y": -2}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "x - (y - 4) * 2 + 10", "42"]:
    tree = Parser(src).expr()
    print(src, "=>", tree.show(), "=", tree.eval(env))
