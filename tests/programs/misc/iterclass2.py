# Iterator classes (variant of iterclass.py without next(instance, default)): __iter__/__next__, generator-based __iter__, and iteration protocols.
from typing import Iterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib:
    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __iter__(self) -> Iterator[int]:
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h
        self.cells = [[0] * w for _ in range(h)]

    def __getitem__(self, pos: tuple[int, int]) -> int:
        x, y = pos
        return self.cells[y][x]

    def __setitem__(self, pos: tuple[int, int], v: int) -> None:
        x, y = pos
        self.cells[y][x] = v

    def __iter__(self) -> Iterator[tuple[int, int, int]]:
        for y in range(self.h):
            for x in range(self.w):
                yield x, y, self.cells[y][x]

    def __len__(self) -> int:
        return self.w * self.h

    def __contains__(self, v: int) -> bool:
        return any(v in row for row in self.cells)


print([n for n in Countdown(5)])
c = Countdown(3)
print(next(c), next(c), next(c))
try:
    next(c)
except StopIteration:
    print("exhausted")
total = 0
for n in Countdown(100):
    total += n
print(total)
print([x for x in Fib(100)], sum(x for x in Fib(10**6)))
f = Fib(20)
print([x for x in f], [x for x in f])
g = Grid(4, 3)
for i in range(4):
    g[i, i % 3] = i + 1
g[3, 2] = 9
print(len(g), 9 in g, 7 in g, g[3, 2])
print([(x, y) for x, y, v in g if v])
for row in g.cells:
    print(" ".join(str(v) for v in row))
pairs = [(a, b) for a in Countdown(3) for b in Countdown(2)]
print(pairs)
