# isinstance against user and builtin classes for exceptions kept in a list of the base class
class ShapeError(Exception):
    pass


class TooBig(ShapeError):
    pass


class TooSmall(ShapeError):
    pass


errs = [ShapeError("s"), TooBig("b"), TooSmall("t")]
for e in errs:
    print(type(e).__name__, isinstance(e, ShapeError), isinstance(e, TooBig), isinstance(e, TooSmall),
          isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, ValueError))
for e in errs:
    try:
        raise e
    except TooBig:
        print("TooBig clause for", e)
    except ShapeError:
        print("ShapeError clause for", e)
