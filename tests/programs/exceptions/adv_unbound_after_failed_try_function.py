# variables bound in try read after the handler: UnboundLocalError caught, then uncaught
def f(x):
    try:
        y = int(x)
    except ValueError:
        print("bad", x)
    return y
print(f("5"))
try:
    print(f("q"))
except UnboundLocalError as e:
    print("ULE", e)
def g(x):
    try:
        a = 10 // x
        b = a + 1
    finally:
        print("finally sees", x)
    return b
print(g(2))
def h(x):
    try:
        a = 10 // x
    finally:
        try:
            print("a is", a)
        except UnboundLocalError as e:
            print("a unbound:", e)
    return a
print(h(5))
try:
    h(0)
except ZeroDivisionError as e:
    print("zde", e)
f("zz")
