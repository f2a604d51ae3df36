def t(fn):
    try:
        print(fn())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
t(lambda: divmod(10 ** 400, 1.5))
t(lambda: divmod(1.5, 10 ** 400))
t(lambda: divmod(-0.0, -1.0))
t(lambda: divmod(0.0, -1.0))
t(lambda: divmod(-1e-300, 1e300))
t(lambda: divmod(1e-300, -1e300))
t(lambda: divmod(5.0, float("-inf")))
t(lambda: divmod(-5.0, float("-inf")))
t(lambda: divmod(float("nan"), 0.0))
t(lambda: divmod(float("inf"), 0.0))
t(lambda: divmod(True, -1.0))
t(lambda: divmod(-(2 ** 63), -1))
t(lambda: divmod(-(2 ** 63), 1))
t(lambda: divmod(2 ** 63 - 1, -(2 ** 63)))
t(lambda: divmod(-9223372036854775808, -9223372036854775808))
t(lambda: divmod(0, -7))
t(lambda: divmod(-7, 10 ** 20))
t(lambda: divmod(10 ** 20, -3.0))
t(lambda: divmod(3, 1e-320))
t(lambda: divmod(1e308, 0.1))
x = -17
y = 5
q, r = divmod(x, y)
print(q, r, x // y, x % y, divmod(x, y) == (x // y, x % y))
a = 7.5
q2, r2 = divmod(a, -2)
print(q2, r2, a // -2, a % -2)
