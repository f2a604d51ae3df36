# a user exception with a custom __str__ crosses nested withs in methods and ends the program
class ParseError(ValueError):
    def __init__(self, line, msg):
        super().__init__(msg)
        self.line = line
        self.msg = msg

    def __str__(self):
        return "line " + str(self.line) + ": " + self.msg


class Scope:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("leaving", self.name, isinstance(exc, ParseError))


class Parser:
    def parse_line(self, n, text):
        with Scope("line" + str(n)):
            if not text.isdigit():
                raise ParseError(n, "not a number: " + text)
            return int(text)

    def parse(self, lines):
        total = 0
        with Scope("file"):
            for i in range(len(lines)):
                total += self.parse_line(i + 1, lines[i])
        return total


p = Parser()
print(p.parse(["1", "2", "3"]))
print(p.parse(["4", "x5", "6"]))
