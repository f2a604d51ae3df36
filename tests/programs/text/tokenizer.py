# A tokenizer for a tiny language; reports tokens with line:col positions.
from dataclasses import dataclass

KEYWORDS = {"let", "if", "else", "while", "fn", "return"}
OPS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";"]


@dataclass
class Token:
    kind: str
    text: str
    line: int
    col: int


def tokenize(src: str) -> list[Token]:
    toks: list[Token] = []
    line, col = 1, 1
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1
            col = 1
            i += 1
            continue
        if c in " \t":
            i += 1
            col += 1
            continue
        if c == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start = i
        if c.isalpha() or c == "_":
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            toks.append(Token("KW" if word in KEYWORDS else "ID", word, line, col))
        elif c.isdigit():
            while i < len(src) and src[i].isdigit():
                i += 1
            toks.append(Token("NUM", src[start:i], line, col))
        elif c == '"':
            i += 1
            while i < len(src) and src[i] != '"':
                if src[i] == "\\":
                    i += 1
                i += 1
            i += 1
            toks.append(Token("STR", src[start:i], line, col))
        else:
            for op in OPS:
                if src.startswith(op, i):
                    i += len(op)
                    toks.append(Token("OP", op, line, col))
                    break
            else:
                toks.append(Token("ERR", c, line, col))
                i += 1
        col += i - start
    return toks


SRC = '''let x = 42;  # the answer
fn add(a, b) -> int { return a + b; }
if x >= 10 { print("big \\"x\\""); } else { x = x - 1; }
while x != 0 { x = x / 2; } @
'''

tokens = tokenize(SRC)
for t in tokens:
    print(f"{t.line:>2}:{t.col:<3} {t.kind:<4} {t.text}")
kinds: dict[str, int] = {}
for t in tokens:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
print(tokens[0])
print(tokens[-1] == Token("ERR", "@", 4, 29))
