from .ast import Node, Num, Var, BinOp
from .errors import CalcSyntaxError
from . import lexer


class Parser:
    def __init__(self, src: str) -> None:
        self.toks = lexer.lex(src)
        self.i = 0

    def peek(self) -> str:
        return self.toks[self.i] if self.i < len(self.toks) else ""

    def next(self) -> str:
        t = self.peek()
        self.i += 1
        return t

    def expr(self) -> Node:
        n = self.term()
        while self.peek() in ("+", "-"):
            op = self.next()
            n = BinOp(op, n, self.term())
        return n

    def term(self) -> Node:
        n = self.atom()
        while self.peek() in ("*", "/"):
            op = self.next()
            n = BinOp(op, n, self.atom())
        return n

    def atom(self) -> Node:
        t = self.next()
        if t == "(":
            n = self.expr()
            if self.next() != ")":
                raise CalcSyntaxError("expected ')'", self.i)
            return n
        if t.isdigit():
            return Num(int(t))
        if t and (t[0].isalpha() or t[0] == "_"):
            return Var(t)
        raise CalcSyntaxError(f"unexpected token {t!r}", self.i)


def parse_statement(src: str) -> tuple[str, Node]:
    p = Parser(src)
    target = ""
    if len(p.toks) >= 2 and p.toks[1] == "=":
        target = p.toks[0]
        p.i = 2
    node = p.expr()
    if p.peek():
        raise CalcSyntaxError(f"trailing {p.peek()!r}", p.i)
    return target, node
