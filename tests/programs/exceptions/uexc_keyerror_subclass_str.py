# a KeyError subclass: str() of a single argument shows its repr, like KeyError itself
class MissingKey(KeyError):
    pass


class MissingKeyMsg(KeyError):
    def __str__(self):
        return "missing key " + repr(self.args)


def get(d, k):
    if k not in d:
        raise MissingKey(k)
    return d[k]


d = {"a": 1}
try:
    get(d, "b")
except KeyError as e:
    print("caught:", e, "|", str(e), "|", repr(e), "|", type(e).__name__)
try:
    raise MissingKey()
except MissingKey as e:
    print("empty: [" + str(e) + "]", repr(e))
try:
    raise MissingKey("a", "b")
except MissingKey as e:
    print("two:", e, repr(e))
try:
    raise MissingKeyMsg("zz")
except LookupError as e:
    print("custom:", e, repr(e))
