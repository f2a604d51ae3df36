# user classes deriving from several builtin exception classes, caught by the builtin bases
class MissingItem(LookupError):
    pass

class BadIndex(IndexError):
    pass

class NegativeAmount(ArithmeticError):
    pass

class StateError(RuntimeError):
    pass

class WrongKind(TypeError):
    pass


def fail(k):
    if k == 0:
        raise MissingItem("no item")
    if k == 1:
        raise BadIndex("index 9")
    if k == 2:
        raise NegativeAmount("amount -3")
    if k == 3:
        raise StateError("closed")
    raise WrongKind("expected int")


for k in range(5):
    try:
        fail(k)
    except LookupError as e:
        print(k, "LookupError:", type(e).__name__, e)
    except ArithmeticError as e:
        print(k, "ArithmeticError:", type(e).__name__, e)
    except RuntimeError as e:
        print(k, "RuntimeError:", type(e).__name__, e)
    except Exception as e:
        print(k, "Exception:", type(e).__name__, e)
