# KeyError/IndexError/ZeroDivisionError/OverflowError from augmented assignments leave the target unchanged; uncaught KeyError at the end
counts = {"a": 1}
for k in ["a", "b", "a"]:
    try:
        counts[k] += 1
    except KeyError as e:
        print("missing", e)
        counts[k] = 1
print(counts)
xs = [1, 2]
for i in [0, 5, -1]:
    try:
        xs[i] *= 10
    except IndexError as e:
        print("index", i, e)
print(xs)
n = 10
try:
    n //= 0
except ZeroDivisionError as e:
    print(e, n)
f = 1.0
try:
    f /= 0
except ZeroDivisionError as e:
    print(e, f)
try:
    f **= 10000
    f = f * 1e308
    print(f)
    f = 10.0
    f **= 1000
except OverflowError as e:
    print(e, f)
grid = [[0, 0], [0, 0]]
try:
    grid[1][3] += 1
except IndexError as e:
    print(e, grid)
nested = {"x": {"y": 1}}
try:
    nested["x"]["z"] += 1
except KeyError as e:
    print(repr(e), nested)
counts["q"] += 1
