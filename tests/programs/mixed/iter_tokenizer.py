# a tokenizer implemented as an iterator class, consumed by for loops and comprehensions
class Token:
    def __init__(self, kind: str, text: str):
        self.kind = kind
        self.text = text

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r})"


class Lexer:
    def __init__(self, src: str):
        self.src = src
        self.pos = 0

    def __iter__(self) -> "Lexer":
        return self

    def __next__(self) -> Token:
        while self.pos < len(self.src) and self.src[self.pos] == " ":
            self.pos += 1
        if self.pos >= len(self.src):
            raise StopIteration
        c = self.src[self.pos]
        if c.isdigit():
            start = self.pos
            while self.pos < len(self.src) and self.src[self.pos].isdigit():
                self.pos += 1
            return Token("num", self.src[start:self.pos])
        if c.isalpha():
            start = self.pos
            while self.pos < len(self.src) and self.src[self.pos].isalnum():
                self.pos += 1
            return Token("name", self.src[start:self.pos])
        self.pos += 1
        return Token("op", c)


for t in Lexer("x1 = 42 + y*(3-z)"):
    print(t)
print([t.text for t in Lexer("a+b  c") if t.kind != "op"])
print(len([t for t in Lexer("1 2 3")]))
lx = Lexer("p q")
print(next(lx), next(lx))
try:
    next(lx)
except StopIteration:
    print("exhausted")
print({t.text: t.kind for t in Lexer("a 1 + a")})
