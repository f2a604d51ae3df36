# An exception raised in a function called from a handler still gets the handled exception as its context.
def report(msg):
    print("reporting:", msg)
    raise RuntimeError("report failed: " + msg)


def run():
    try:
        "abc".index("z")
    except ValueError as e:
        report(str(e))


run()
