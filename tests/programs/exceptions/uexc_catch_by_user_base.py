# subclasses of a user base class are caught by "except Base"; the handler sees the real class
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


class Denied(AppError):
    pass


def lookup(k):
    if k == 1:
        raise NotFound("item 1 missing")
    if k == 2:
        raise Denied("item 2 locked")
    if k == 3:
        raise AppError("generic failure")
    return "item " + str(k)


for k in range(5):
    try:
        print(lookup(k))
    except AppError as e:
        print(type(e).__name__, "->", e, isinstance(e, NotFound), isinstance(e, Denied))
