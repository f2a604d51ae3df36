# runtime errors inside list/dict/set comprehensions, sum/max/min over genexprs, sorted key lambdas, f-strings, any/all
xs = [3, 0, 2]
try:
    ys = [10 // x for x in xs]
except ZeroDivisionError as e:
    print("listcomp", e)
try:
    d = {x: 10 % x for x in xs}
except ZeroDivisionError as e:
    print("dictcomp", e)
try:
    s = {10 / x for x in xs}
except ZeroDivisionError as e:
    print("setcomp", e)
try:
    n = sum(10 // x for x in xs)
except ZeroDivisionError as e:
    print("sum", e)
try:
    m = max(10 // x for x in xs)
except ZeroDivisionError as e:
    print("max", e)
try:
    m = min(int(s) for s in ["1", "b"])
except ValueError as e:
    print("min", e)
try:
    r = sorted(["3", "1", "x"], key=lambda s: int(s))
except ValueError as e:
    print("sorted", e)
try:
    r2 = sorted([1, 2, 0], key=lambda v: 1 / v)
except ZeroDivisionError as e:
    print("sorted2", e)
words = ["a", "bb"]
try:
    print(f"{words[0]} {words[5]}")
except IndexError as e:
    print("fstring", e)
try:
    print(f"{'abc'.index('q')}")
except ValueError as e:
    print("fstring2", e)
try:
    print(any(1 // x for x in [1, 0]))
except ZeroDivisionError as e:
    print("any", e)
try:
    print(all([x > 0 for x in [1, 2]]), all(10 // x for x in [0]))
except ZeroDivisionError as e:
    print("all", e)
