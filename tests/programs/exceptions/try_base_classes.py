# Catching by base class: ArithmeticError, LookupError, ValueError, RuntimeError, Exception and BaseException.
def raise_kind(k):
    if k == 0:
        raise ZeroDivisionError("zero div")
    if k == 1:
        raise OverflowError("overflow")
    if k == 2:
        raise IndexError("index")
    if k == 3:
        raise KeyError("key")
    if k == 4:
        raise UnicodeError("unicode")
    if k == 5:
        raise NotImplementedError("not impl")
    if k == 6:
        raise RecursionError("recursion")
    if k == 7:
        raise TypeError("type")
    if k == 8:
        raise AttributeError("attr")
    if k == 9:
        raise NameError("name")
    if k == 10:
        raise AssertionError("assertion")
    if k == 11:
        raise StopIteration("stop")
    if k == 12:
        raise MemoryError("memory")
    if k == 13:
        raise BaseException("base")
    if k == 14:
        raise Exception("plain")
    print("no raise for", k)


def classify(k):
    try:
        raise_kind(k)
    except ArithmeticError as e:
        return "ArithmeticError <- " + str(e)
    except LookupError as e:
        return "LookupError <- " + str(e)
    except ValueError as e:
        return "ValueError <- " + str(e)
    except RuntimeError as e:
        return "RuntimeError <- " + str(e)
    except Exception as e:
        return "Exception <- " + str(e)
    except BaseException as e:
        return "BaseException <- " + str(e)
    return "nothing raised"


for k in range(16):
    print(k, classify(k))
