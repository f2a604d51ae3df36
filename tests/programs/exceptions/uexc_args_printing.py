# e.args and len(e.args) for user exceptions built with 0, 1, 2 and 3 arguments of various types
class Info(Exception):
    pass


def report(e):
    print(type(e).__name__, e.args, len(e.args), "[" + str(e) + "]")


report(Info())
report(Info("one"))
report(Info(1, 2))
report(Info("a", 2, 3.5))
report(Info(True))
report(Info(None))
report(Info([1, 2]))
report(Info((7, 8)))
try:
    raise Info("x", "y")
except Info as e:
    print(e.args)
    print(len(e.args) == 2)
