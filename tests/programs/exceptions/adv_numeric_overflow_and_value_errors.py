# OverflowError/ZeroDivisionError/ValueError from float pow, int->float, round(inf), int(nan), shifts, range step, int digit limit
def attempt(label, f):
    pass
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("pow", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("float", e)
inf = float("inf")
try:
    print(round(inf))
except OverflowError as e:
    print("round", e)
try:
    print(int(float("nan")))
except ValueError as e:
    print("nan", e)
try:
    print(int(inf))
except OverflowError as e:
    print("intinf", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("div", e)
try:
    print(1.5 // 0.0)
except ZeroDivisionError as e:
    print("fdiv", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print("pow3", e)
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print("pow0", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("fpow0", e)
try:
    print(1 << -1)
except ValueError as e:
    print("shift", e)
try:
    print(range(1, 5, 0))
except ValueError as e:
    print("range", e)
try:
    print(float("1e500") * 0 , 1e308 * 10)
except OverflowError as e:
    print("mul", e)
try:
    print(chr(0x110000))
except ValueError as e:
    print("chr", e)
try:
    print(int("9" * 5000))
except ValueError as e:
    print("digits", e)
try:
    print(len(str(10 ** 5000)))
except ValueError as e:
    print("str", e)
