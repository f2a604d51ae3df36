# explicit chaining with raise ... from ... between user exceptions; uncaught with both tracebacks
class ParseError(Exception):
    def __init__(self, line: int, text: str):
        super().__init__(line, text)
        self.line = line
        self.text = text

    def __str__(self) -> str:
        return f"line {self.line}: cannot parse {self.text!r}"


class ConfigError(Exception):
    pass


def parse_line(n: int, s: str) -> tuple[str, int]:
    parts = s.split("=")
    if len(parts) != 2:
        raise ParseError(n, s)
    return parts[0].strip(), int(parts[1])


def load(lines: list[str]) -> dict[str, int]:
    result: dict[str, int] = {}
    for n, s in enumerate(lines, 1):
        try:
            k, v = parse_line(n, s)
        except ParseError as e:
            raise ConfigError("config invalid") from e
        result[k] = v
    return result


print(load(["a = 1", "b=2"]))
try:
    load(["a=1", "oops"])
except ConfigError as e:
    print("caught:", e)
load(["x=3", "y", "z=1"])
