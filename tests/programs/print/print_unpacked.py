# print(*items): each item's str, separated by sep, to stdout or stderr.
import sys

row = [1, 2, 3]
print(*row)
print(*row, sep=", ", end=".\n")
print(*"abc", sep="-")
print(*range(5))
print(*(1, "two", 3.0, None, [4]))
print(*[])
print(*{"x": 1, "y": 2})
print(*sorted({3, 1, 2}), sep="")
grid = [[1, 2], [3, 4]]
for r in grid:
    print(*r, sep="\t")
print(*[x * x for x in range(4)], flush=True)
print(*["to", "stderr"], file=sys.stderr)


class P:
    def __init__(self, v: int):
        self.v = v

    def __str__(self) -> str:
        return f"P{self.v}"


print(*[P(1), P(2)])
raise SystemExit("done")
