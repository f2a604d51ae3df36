# A return in finally overrides the return of the try body and of an except clause.
def from_try():
    try:
        return "try"
    finally:
        return "finally"


def from_except():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    finally:
        return "finally"


def sometimes(n):
    try:
        return n * 2
    finally:
        if n > 5:
            return -1


def from_else():
    try:
        pass
    except ValueError:
        return 1
    else:
        return 2
    finally:
        return 3


print(from_try())
print(from_except())
print(sometimes(3), sometimes(10))
print(from_else())
