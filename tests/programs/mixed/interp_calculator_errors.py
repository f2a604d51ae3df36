# a calculator REPL over scripted lines: tokenizer iterator, parser errors with positions, uncaught at end
class CalcError(Exception):
    def __init__(self, pos: int, msg: str):
        super().__init__(msg)
        self.pos = pos
        self.msg = msg

    def __str__(self) -> str:
        return f"at {self.pos}: {self.msg}"


class Tokens:
    def __init__(self, text: str):
        self.parts = text.split()
        self.i = 0

    def __iter__(self) -> "Tokens":
        return self

    def __next__(self) -> str:
        if self.i >= len(self.parts):
            raise StopIteration
        self.i += 1
        return self.parts[self.i - 1]


def rpn(text: str) -> int:
    stack: list[int] = []
    pos = 0
    for tok in Tokens(text):
        pos += 1
        if tok.lstrip("-").isdigit():
            stack.append(int(tok))
            continue
        if len(stack) < 2:
            raise CalcError(pos, f"operator {tok!r} needs two operands")
        b = stack.pop()
        a = stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        elif tok == "*":
            stack.append(a * b)
        elif tok == "/":
            if b == 0:
                raise CalcError(pos, "division by zero")
            stack.append(a // b)
        else:
            raise CalcError(pos, f"unknown operator {tok!r}")
    if len(stack) != 1:
        raise CalcError(pos, f"{len(stack)} values left")
    return stack[0]


for line in ["3 4 +", "2 3 4 * -", "1 +", "4 0 /", "1 2 ^", "1 2", "-7 2 /", ""]:
    try:
        print(repr(line), "=>", rpn(line))
    except CalcError as e:
        print(repr(line), "error", e, "| pos", e.pos, "| args", e.args)
print(rpn("10 2 8 * + 3 -"))
rpn("5 5 5")
