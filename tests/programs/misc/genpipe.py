# Generator pipelines: yield, yield from, next with default, lazy evaluation order.
from typing import Iterator

LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR db timeout
2024-01-02 INFO retry ok
# comment
2024-01-03 ERROR db timeout
2024-01-03 ERROR cache miss
2024-01-04 INFO done"""

trace: list[str] = []


def read_lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        trace.append("read")
        yield line


def skip_comments(lines: Iterator[str]) -> Iterator[str]:
    for ln in lines:
        if not ln.startswith("#"):
            yield ln


def parse(lines: Iterator[str]) -> Iterator[tuple[str, str, str]]:
    for ln in lines:
        date, level, msg = ln.split(" ", 2)
        trace.append("parse")
        yield date, level, msg


def only(level: str, recs: Iterator[tuple[str, str, str]]) -> Iterator[tuple[str, str, str]]:
    for r in recs:
        if r[1] == level:
            yield r


def take(n: int, it: Iterator[tuple[str, str, str]]) -> Iterator[tuple[str, str, str]]:
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


errors = only("ERROR", parse(skip_comments(read_lines(LOG))))
first = next(errors)
print("first error:", first, "trace so far:", len(trace))
for rec in take(1, errors):
    print("next error:", rec)
print("remaining:", list(errors))
print("after exhaust:", next(errors, ("-", "-", "none")))
print(trace.count("read"), trace.count("parse"))


def chunks(xs: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(xs), size):
        yield xs[i:i + size]


def flatten(nested: list[list[int]]) -> Iterator[int]:
    for sub in nested:
        yield from sub


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1
    print("  (liftoff)")


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(chunks(list(range(10)), 4)))
print(list(flatten([[1, 2], [], [3], [4, 5, 6]])))
print(sum(countdown(4)), max(countdown(3)))
g = fib()
print([next(g) for _ in range(12)])
print(next(x for x in fib() if x > 1000))
evens = (x for x in range(20) if x % 2 == 0)
squares = (x * x for x in evens)
print(next(squares), next(squares), list(squares))
print(dict(zip("abc", countdown(5))))
print(any(x > 3 for x in countdown(10)))
