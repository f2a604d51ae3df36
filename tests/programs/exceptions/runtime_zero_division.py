# ZeroDivisionError from 1 // 0, 1 / 0 and from variables, caught as ZeroDivisionError, ArithmeticError and Exception.
def floordiv(a, b):
    return a // b


def truediv(a, b):
    return a / b


try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("1 // 0:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("1 / 0:", e)
for b in [3, 0, -2]:
    try:
        print("floordiv", floordiv(10, b))
    except ArithmeticError as e:
        print("floordiv by", b, "->", repr(e))
    try:
        print("truediv", truediv(10, b))
    except Exception as e:
        print("truediv by", b, "->", f"{e!r}")
print("done")
