# an Optional[str] from a KeyError handler: calling a method on None is an uncaught AttributeError
def lookup(d, k):
    try:
        v = d[k]
    except KeyError:
        v = None
    return v
d = {"a": "x"}
print(lookup(d, "a"), lookup(d, "b"))
w = lookup(d, "b")
print(w.upper())
