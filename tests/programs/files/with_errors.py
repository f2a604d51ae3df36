# Exceptions inside `with open(...)`: the file is closed, the text written so far is kept,
# finally runs, custom exceptions carry data.
class ParseError(ValueError):
    pass

def write_numbers(path, values):
    with open(path, "w") as f:
        for v in values:
            if v < 0:
                raise ParseError(f"negative value {v}")
            f.write(f"{v}\n")
    return f

def sum_file(path):
    total = 0
    f = open(path)
    try:
        for lineno, line in enumerate(f.read().splitlines(), 1):
            try:
                total += int(line)
            except ValueError:
                raise ParseError(f"{path}:{lineno}: not a number: {line!r}")
    finally:
        f.close()
        print("  closed", path, f.closed)
    return total

handle = None
try:
    write_numbers("nums.txt", [1, 2, 3, -4, 5])
except ParseError as e:
    print("ParseError:", e, isinstance(e, ValueError))
print(repr(open("nums.txt").read()))
print(sum_file("nums.txt"))

with open("mixed.txt", "w") as f:
    f.write("10\n20\nthirty\n40\n")
try:
    sum_file("mixed.txt")
except ValueError as e:
    print(type(e).__name__, e)

g = write_numbers("ok.txt", [7, 8])
print("returned file closed:", g.closed, g.name, g.mode)

def first_line(path):
    try:
        with open(path) as f:
            return f.readline().strip()
    except OSError as e:
        return f"<{type(e).__name__}>"
    finally:
        print("  first_line done:", path)

for p in ["ok.txt", "nope.txt", "mixed.txt"]:
    print(p, "->", first_line(p))

try:
    with open("ok.txt") as f:
        print(f.readline().strip())
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, "closed:", f.closed)
sum_file("mixed.txt")
