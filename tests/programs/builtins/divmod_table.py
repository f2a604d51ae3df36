print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1, 0.3), divmod(-0.0, 1.0), divmod(0.0, -1.0))
print(divmod(True, 2), divmod(5, True), divmod(False, True), divmod(True, 0.5))
big = 10 ** 30 + 7
print(divmod(big, 97), divmod(-big, 97), divmod(big, -(10 ** 20)), divmod(97, big), divmod(-97, big))
inf = float("inf")
nan = float("nan")
print(divmod(inf, 1.0), divmod(1.0, inf), divmod(-1.0, inf), divmod(1.0, -inf), divmod(nan, 2.0))
print(divmod(2 ** 64, 2.5), divmod(1e300, 1e-300) if False else "skip")
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
def z1(): return divmod(1, 0)
def z2(): return divmod(1.0, 0.0)
def z3(): return divmod(1, 0.0)
def z4(): return divmod(True, False)
def z5(): return divmod(big, 0)
def z6(): return divmod(0.0, 0)
for fn in [z2, z3, z6]:
    try:
        print(fn())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for fn2 in [z1, z4, z5]:
    try:
        print(fn2())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
h, m = divmod(3725, 3600)
mm, ss = divmod(m, 60)
print(f"{h:02d}:{mm:02d}:{ss:02d}")
print(divmod(2**100, 2**50 + 1))
print(divmod(-2**100, 3.0))
print(type(divmod(3, 2)).__name__, type(divmod(3.0, 2)[0]).__name__, type(divmod(True, True)[0]).__name__)
