def parse(items):
    last = None
    for s in items:
        try:
            return int(s)
        except ValueError as e:
            last = e
    raise RuntimeError("no number") from last


print(parse(["x", "7"]))
try:
    parse([])
except RuntimeError as e:
    print(e)
parse(["a", "b"])
