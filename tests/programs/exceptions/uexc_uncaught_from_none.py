# "raise ... from None" suppresses the context: only the user exception's traceback is shown
class LookupFailed(Exception):
    pass


def find(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupFailed("no entry for " + k) from None


table = {"x": 10}
print(find(table, "x"))
print(find(table, "y"))
