# The first matching except clause wins, even when a base class comes before its subclass.
def pick(k):
    try:
        if k == 0:
            raise ZeroDivisionError("zd")
        if k == 1:
            raise KeyError("kk")
        if k == 2:
            raise IndexError("ii")
        if k == 3:
            raise ValueError("vv")
        raise OverflowError("ov")
    except ArithmeticError as e:
        return "ArithmeticError first: " + str(e)
    except ZeroDivisionError:
        return "ZeroDivisionError (never)"
    except KeyError as e:
        return "KeyError before LookupError: " + str(e)
    except LookupError as e:
        return "LookupError: " + str(e)
    except Exception as e:
        return "Exception: " + str(e)
    except ValueError:
        return "ValueError (never)"
    return "nothing raised"


for k in range(5):
    print(k, pick(k))
