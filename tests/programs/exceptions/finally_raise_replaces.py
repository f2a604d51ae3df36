# An exception raised in finally replaces the one in flight (and cancels a pending return); callers see only the new one.
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")


def replace_return():
    try:
        return 5
    finally:
        raise IndexError("return cancelled")


try:
    replace()
except ValueError:
    print("original caught (never)")
except KeyError as e:
    print("caught", repr(e))

try:
    print(replace_return())
except IndexError as e:
    print("caught", e)
