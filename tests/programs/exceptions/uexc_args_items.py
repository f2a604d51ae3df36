# `e.args` of the program's exception classes: typed by how the exceptions are made.
class ParseError(ValueError):
    pass


class Coded(Exception):
    def __init__(self, code: int, where: str):
        super().__init__(code, where)
        self.code = code


class Bare(Exception):
    pass


try:
    raise ParseError("bad token", 7)
except ParseError as e:
    print(e.args[0], e.args[1] + 1, e.args == ("bad token", 7), len(e.args))
    msg, pos = e.args
    print(msg.upper(), pos)
    print(e.args[-1], e.args[:1], 7 in e.args[1:])

for k in range(3):
    try:
        raise Coded(k, "line %d" % k)
    except Coded as e:
        code, where = e.args
        print(code * 10, where, e.args[0] == e.code, e.args + ("extra",))

try:
    raise Bare
except Bare as e:
    print(e.args, e.args == (), len(e.args))

try:
    raise ParseError("only", 0)
except ValueError as e:
    print(e.args)



class Msg(Exception):
    def __init__(self, text: str):
        super().__init__(text)


def fail(n: int) -> None:
    if n > 1:
        raise Msg(f"n={n}")


def main() -> None:
    try:
        fail(5)
    except Msg as e:
        (text,) = e.args
        print(text, [a for a in e.args], e.args[0].split("="))


main()
