# Expression calculator: reads one expression per line, recursive-descent parser.
import sys


class CalcError(Exception):
    pass


def tokenize(s: str) -> list[str]:
    toks: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(s[i:j])
            i = j
        elif c in "+-*/()%^":
            toks.append(c)
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    return toks


class Parser:
    def __init__(self, toks: list[str]) -> None:
        self.toks = toks
        self.pos = 0

    def peek(self) -> str:
        return self.toks[self.pos] if self.pos < len(self.toks) else ""

    def take(self) -> str:
        t = self.peek()
        self.pos += 1
        return t

    def expr(self) -> float:
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self) -> float:
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.power()
            if op == "*":
                v *= r
            elif r == 0:
                raise CalcError("division by zero")
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def power(self) -> float:
        b = self.unary()
        if self.peek() == "^":
            self.take()
            return b ** self.power()
        return b

    def unary(self) -> float:
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self) -> float:
        t = self.take()
        if t == "(":
            v = self.expr()
            if self.take() != ")":
                raise CalcError("expected )")
            return v
        if t == "":
            raise CalcError("unexpected end")
        try:
            return float(t)
        except ValueError:
            raise CalcError(f"bad number {t!r}")


ok = 0
errors = 0
for line in sys.stdin:
    src = line.strip()
    if not src:
        continue
    try:
        p = Parser(tokenize(src))
        val = p.expr()
        if p.pos != len(p.toks):
            raise CalcError(f"trailing {p.peek()!r}")
        ok += 1
        if val == int(val) and abs(val) < 1e15:
            print(f"{src} = {int(val)}")
        else:
            print(f"{src} = {val:.6g}")
    except CalcError as e:
        errors += 1
        print(f"{src} -> error: {e}")
print(f"{ok} ok, {errors} errors")
if errors:
    sys.exit(1)
