# An exception raised while handling another: both tracebacks, with CPython's separator.
def parse(text):
    return int(text)


def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ValueError:
            out.append(len(items[10]))
    return out


print(load(["1", "2"]))
print(load(["3", "x"]))
