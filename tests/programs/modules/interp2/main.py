# Variant of packages/interp with the import in calc/ast.py moved to module level.
from calc import repl
from calc.parser import parse_statement

PROGRAM = [
    "x = 6 * 7",
    "y = x - 2 * (3 + 4)",
    "x * y / 5",
    "z + 1",
    "big = 99999999999 * 99999999999 * 99999999999",
    "big / x",
    "1 + $",
    "(1 + 2",
    "w = 2 3",
    "q = 10 / (x - 42)",
]
env = repl.run(PROGRAM[:9])
print(sorted(env.items()))
t, n = parse_statement("a = b * (c + 1)")
print(t, n.show(), type(n).__name__)
repl.run(["x = 42"] + PROGRAM[9:])
