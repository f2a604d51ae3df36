# a context manager whose __enter__ returns an iterator object; early return and errors inside the loop
class LineSource:
    def __init__(self, text: str):
        self.lines = text.split("\n")
        self.i = 0
        self.closed = False

    def __iter__(self) -> "LineSource":
        return self

    def __next__(self) -> str:
        if self.closed:
            raise ValueError("read from closed source")
        if self.i >= len(self.lines):
            raise StopIteration
        self.i += 1
        return self.lines[self.i - 1]


class Opener:
    def __init__(self, text: str):
        self.src = LineSource(text)

    def __enter__(self) -> LineSource:
        return self.src

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.src.closed = True
        print("closed after", self.src.i, "lines", "error" if exc is not None else "ok")
        return False


def first_match(text: str, word: str) -> str:
    with Opener(text) as src:
        for line in src:
            if word in line:
                return line
    return "<none>"


text = "alpha beta\ngamma\ndelta beta\nend"
print(first_match(text, "beta"), "|", first_match(text, "zeta"))
op = Opener(text)
with op as src:
    counts = [len(l.split()) for l in src]
print(counts)
try:
    for line in op.src:
        print(line)
except ValueError as e:
    print("error:", e)
with Opener("x\ny") as s2:
    print(next(s2))
    for rest in s2:
        print("rest", rest)
    raise KeyError("after loop")
