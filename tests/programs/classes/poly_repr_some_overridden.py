# __repr__ overridden in some subclasses but not others; printing a list of mixed instances
class Token:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Token({self.text!r})"


class Word(Token):
    def __repr__(self):
        return f"Word<{self.text}>"


class Num(Token):
    def __init__(self, text):
        super().__init__(text)
        self.value = int(text)

    def __repr__(self):
        return "Num(" + str(self.value) + ")"


class Punct(Token):
    pass


def lex(s):
    out = []
    for part in s.split():
        if part.isdigit():
            out.append(Num(part))
        elif part.isalpha():
            out.append(Word(part))
        elif len(part) == 1:
            out.append(Punct(part))
        else:
            out.append(Token(part))
    return out


toks = lex("let x = 42 ; y2 + 7 foo")
print(toks)
for t in toks:
    print(repr(t), t)
print(toks[3:5], len(toks))
print((toks[0], toks[2]))
print({"first": toks[0], "last": toks[-1]})
