from calc.errors import CalcNameError


class Node:
    def eval(self, env: dict[str, int]) -> int:
        raise NotImplementedError

    def show(self) -> str:
        return "?"


class Num(Node):
    def __init__(self, v: int) -> None:
        self.v = v

    def eval(self, env: dict[str, int]) -> int:
        return self.v

    def show(self) -> str:
        return str(self.v)


class Var(Node):
    def __init__(self, name: str) -> None:
        self.name = name

    def eval(self, env: dict[str, int]) -> int:
        if self.name not in env:
            raise CalcNameError(f"undefined variable {self.name}")
        return env[self.name]

    def show(self) -> str:
        return self.name


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env: dict[str, int]) -> int:
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        return a // b

    def show(self) -> str:
        return f"({self.left.show()} {self.op} {self.right.show()})"
