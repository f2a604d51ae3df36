# A parser that wraps low-level errors; the last one escapes as a chained custom exception.
class ParseError(ValueError):
    def __init__(self, line: int, msg: str) -> None:
        super().__init__(f"line {line}: {msg}")
        self.line = line


def parse_pair(line: int, text: str) -> tuple[str, int]:
    try:
        key, value = text.split("=")
        return key.strip(), int(value)
    except ValueError as e:
        raise ParseError(line, f"bad entry {text!r}") from e


def load(lines: list[str], strict: bool) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        try:
            k, v = parse_pair(i, text)
        except ParseError as e:
            if strict:
                raise
            print("warning:", e, "(line", e.line, ")")
            continue
        out[k] = v
    return out


DATA = ["a = 1", "b = two", "c = 3", "d", "e = 5 = 6", "f = -7"]
print(load(DATA, strict=False))
print(load(DATA[:1], strict=True))
print(load(DATA, strict=True))
