# except clauses with tuples mixing user and builtin exception classes
class NotFound(Exception):
    pass


class BadInput(Exception):
    pass


def act(k):
    d = {"a": 1}
    if k == 0:
        raise NotFound("widget")
    if k == 1:
        return d["zz"]
    if k == 2:
        raise BadInput("bad")
    if k == 3:
        return 10 // (k - 3)
    return k


for k in range(5):
    try:
        print(k, "result", act(k))
    except (NotFound, KeyError) as e:
        print(k, "missing:", type(e).__name__, e)
    except (ZeroDivisionError, BadInput) as e:
        print(k, "invalid:", type(e).__name__, repr(e))
