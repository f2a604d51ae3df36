# a tiny statement interpreter: Stmt and Expr hierarchies, a While holding a list of Stmts
class Expr:
    def eval(self, env):
        return 0


class Const(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Name(Expr):
    def __init__(self, n):
        self.n = n

    def eval(self, env):
        return env[self.n]


class BinOp(Expr):
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
        if self.op == "*":
            return x * y
        if self.op == "<":
            return 1 if x < y else 0
        return x % y


class Stmt:
    def exec(self, env, out):
        pass


class Assign(Stmt):
    def __init__(self, name, e):
        self.name = name
        self.e = e

    def exec(self, env, out):
        env[self.name] = self.e.eval(env)


class Print(Stmt):
    def __init__(self, e):
        self.e = e

    def exec(self, env, out):
        out.append(str(self.e.eval(env)))


class While(Stmt):
    def __init__(self, cond, body):
        self.cond = cond
        self.body = body

    def exec(self, env, out):
        while self.cond.eval(env) != 0:
            for s in self.body:
                s.exec(env, out)


class If(Stmt):
    def __init__(self, cond, then):
        self.cond = cond
        self.then = then

    def exec(self, env, out):
        if self.cond.eval(env) != 0:
            self.then.exec(env, out)


# i = 0; f = 1; while i < 10: i = i + 1; f = f * i; if i % 3 == 0: print f
prog = [
    Assign("i", Const(0)),
    Assign("f", Const(1)),
    While(BinOp("<", Name("i"), Const(10)), [
        Assign("i", BinOp("+", Name("i"), Const(1))),
        Assign("f", BinOp("*", Name("f"), Name("i"))),
        If(BinOp("<", BinOp("%", Name("i"), Const(3)), Const(1)), Print(Name("f"))),
    ]),
    Print(BinOp("-", Name("f"), Name("i"))),
    Stmt(),
]
env = {}
out = []
for s in prog:
    s.exec(env, out)
print(out)
print(sorted(env.items()))
