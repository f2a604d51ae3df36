# The traceback names every frame from the module down to the failing line.
def parse(text):
    return int(text)


def total(items):
    s = 0
    for item in items:
        s += parse(item)
    return s


def report(items):
    print("total:", total(items))


report(["1", "2"])
report(["3", "x", "4"])
