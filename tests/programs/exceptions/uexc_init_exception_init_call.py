# custom __init__ calling Exception.__init__(self, msg) explicitly
class ParseError(Exception):
    def __init__(self, msg, line):
        Exception.__init__(self, msg)
        self.line = line


class LexError(ParseError):
    def __init__(self, msg, line, col):
        ParseError.__init__(self, msg, line)
        self.col = col


def parse(text, line):
    if text.startswith("@"):
        raise LexError("bad char @", line, 1)
    if text.endswith(";;"):
        raise ParseError("double semicolon", line)
    return len(text)


lines = ["x = 1;", "@y", "z = 2;;"]
for i in range(len(lines)):
    try:
        print("parsed", parse(lines[i], i + 1))
    except LexError as e:
        print("LexError at", e.line, e.col, ":", e, e.args)
    except ParseError as e:
        print("ParseError at", e.line, ":", e, e.args, repr(e))
