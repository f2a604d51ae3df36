from calc.errors import CalcSyntaxError


def lex(src: str) -> list[str]:
    toks: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isalnum() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(src[i:j])
            i = j
        elif c in "+-*/()=,":
            toks.append(c)
            i += 1
        else:
            raise CalcSyntaxError(f"unexpected {c!r}", i)
    return toks
