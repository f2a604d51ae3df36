# many handlers in one function, each builtin exception class routed to the right clause
def classify(code):
    try:
        if code == 0:
            raise ValueError("v")
        elif code == 1:
            raise KeyError("k")
        elif code == 2:
            raise IndexError("i")
        elif code == 3:
            raise ZeroDivisionError("z")
        elif code == 4:
            raise OverflowError("o")
        elif code == 5:
            raise TypeError("t")
        elif code == 6:
            raise NotImplementedError("n")
        elif code == 7:
            raise RecursionError("r")
        elif code == 8:
            raise AttributeError("a")
        elif code == 9:
            raise UnboundLocalError("u")
        elif code == 10:
            raise StopIteration("s")
        elif code == 11:
            b"\xff".decode()
        elif code == 12:
            raise MemoryError("m")
        elif code == 13:
            raise AssertionError("as")
        elif code == 14:
            raise KeyboardInterrupt("kb")
        elif code == 15:
            raise GeneratorExit("ge")
        elif code == 16:
            "é".encode("ascii")
        return "none"
    except KeyError as e:
        return "KeyError " + str(e)
    except IndexError as e:
        return "IndexError " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError " + str(e)
    except ArithmeticError as e:
        return "ArithmeticError " + str(e)
    except NotImplementedError as e:
        return "NotImplementedError " + str(e)
    except RuntimeError as e:
        return "RuntimeError " + str(e)
    except NameError as e:
        return "NameError " + str(e)
    except UnicodeError as e:
        return "UnicodeError " + str(e)
    except ValueError as e:
        return "ValueError " + str(e)
    except (TypeError, AttributeError) as e:
        return "TypeError/AttributeError " + str(e)
    except Exception as e:
        return "Exception " + repr(e)
    except BaseException as e:
        return "BaseException " + repr(e)
for c in range(18):
    print(c, classify(c))
