# an expression tree: polymorphic eval/str, a user error for division by zero and unknown vars
class EvalError(Exception):
    def __init__(self, msg: str, node: str):
        super().__init__(msg)
        self.node = node


class Expr:
    def eval(self, env: dict[str, int]) -> int:
        raise NotImplementedError(self.__class__.__name__ + ".eval")

    def __str__(self) -> str:
        return "?"


class Num(Expr):
    def __init__(self, v: int):
        self.v = v

    def eval(self, env: dict[str, int]) -> int:
        return self.v

    def __str__(self) -> str:
        return str(self.v)


class Var(Expr):
    def __init__(self, name: str):
        self.name = name

    def eval(self, env: dict[str, int]) -> int:
        if self.name not in env:
            raise EvalError("unbound " + self.name, str(self))
        return env[self.name]

    def __str__(self) -> str:
        return self.name


class Bin(Expr):
    def __init__(self, op: str, l: Expr, r: Expr):
        self.op = op
        self.l = l
        self.r = r

    def eval(self, env: dict[str, int]) -> int:
        a = self.l.eval(env)
        b = self.r.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "*":
            return a * b
        if b == 0:
            raise EvalError("division by zero", str(self))
        return a // b

    def __str__(self) -> str:
        return f"({self.l} {self.op} {self.r})"


exprs: list[Expr] = [Bin("+", Num(1), Bin("*", Var("x"), Num(3))), Bin("/", Var("y"), Bin("+", Var("x"), Num(-2))), Var("z"), Expr()]
for e in exprs:
    try:
        print(e, "=", e.eval({"x": 2, "y": 7}))
    except EvalError as err:
        print(e, "error:", err, "at", err.node)
    except NotImplementedError as err:
        print("not implemented:", err)
