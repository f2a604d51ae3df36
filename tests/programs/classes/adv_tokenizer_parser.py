# a tokenizer + recursive-descent parser/evaluator built from classes
class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"
class Lexer:
    def __init__(self, src):
        self.src = src
        self.pos = 0
    def tokens(self):
        out = []
        while self.pos < len(self.src):
            c = self.src[self.pos]
            if c.isspace():
                self.pos += 1
            elif c.isdigit():
                start = self.pos
                while self.pos < len(self.src) and self.src[self.pos].isdigit():
                    self.pos += 1
                out.append(Token("num", self.src[start:self.pos]))
            elif c in "+-*/()":
                out.append(Token("op", c))
                self.pos += 1
            else:
                raise ValueError(f"bad char {c!r} at {self.pos}")
        out.append(Token("eof", ""))
        return out
class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.atom()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            r = self.atom()
            v = v * r if op == "*" else v // r
        return v
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return int(t.text)
        if t.text == "(":
            v = self.expr()
            if self.take().text != ")":
                raise ValueError("expected )")
            return v
        if t.text == "-":
            return -self.atom()
        raise ValueError(f"unexpected {t}")
def evaluate(s):
    return Parser(Lexer(s).tokens()).expr()
print(Lexer("1+2").tokens())
for s in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * 5", "((7))", "1 +", "4 $ 4", "8 / (4 - 4)"]:
    try:
        print(s, "=", evaluate(s))
    except ValueError as e:
        print(s, "ValueError", e)
    except ZeroDivisionError as e:
        print(s, "ZeroDivisionError", e)
