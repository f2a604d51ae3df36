# variables assigned in try and rebound in except/else/finally (same type) read afterwards
def f(x):
    try:
        r = 10 // x
        s = "ok"
    except ZeroDivisionError:
        r = -1
        s = "zero"
    else:
        s = s + "!"
    finally:
        s = s + "."
    return r, s
print(f(2), f(0))
def g(xs):
    total = 0
    try:
        for x in xs:
            total += 100 // x
    except ZeroDivisionError:
        print("partial", total)
    finally:
        print("finally", total)
    return total
print(g([1, 2, 0, 4]), g([5]))
def h(v):
    try:
        n = int(v)
    except ValueError:
        n = 0
    return n * 2
print(h("21"), h("x"))
