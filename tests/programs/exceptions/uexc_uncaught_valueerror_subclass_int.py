# uncaught ValueError subclass with an int argument: "BadValue: 42"
class BadValue(ValueError):
    pass


def require_small(n):
    if n > 10:
        raise BadValue(n)
    return n


try:
    require_small(99)
except ValueError as e:
    print("caught:", e, repr(e))
print(require_small(5))
require_small(42)
