# A bare raise in a handler re-raises the same exception, which an outer handler then sees unchanged.
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("parse: logging failure for", repr(s))
        raise


def total(strs):
    t = 0
    for s in strs:
        try:
            t += parse(s)
        except ValueError as e:
            print("total: skipping:", e)
    return t


def reraise_selected(k):
    try:
        if k == 0:
            raise KeyError("keep")
        raise IndexError("pass on")
    except LookupError as e:
        if k == 0:
            print("handled locally", repr(e))
            return "local"
        raise
    return "unreachable"


print(total(["1", "x", "20", "3y"]))
print(reraise_selected(0))
try:
    print(reraise_selected(1))
except IndexError as e:
    print("re-raised:", e)
