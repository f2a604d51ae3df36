# A return in finally discards the exception in flight, whether unhandled or raised inside a handler.
def swallow_unhandled():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def swallow_from_handler():
    try:
        1 // 0
    except ZeroDivisionError:
        raise KeyError("also lost")
    finally:
        return "swallowed too"


def conditional(n):
    try:
        if n > 0:
            raise IndexError("n positive")
        return n
    finally:
        if n < 10:
            return 100 + n


print(swallow_unhandled())
print(swallow_from_handler())
print(conditional(-1))
print(conditional(3))
try:
    print(conditional(20))
except IndexError as e:
    print("escaped:", e)
