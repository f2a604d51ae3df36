# an Optional[int] assigned in try and read in handlers/finally; narrowing after the try
def f(s):
    v = None
    try:
        v = int(s)
        w = 10 // v
        print("ok", w)
    except ZeroDivisionError:
        print("zero", v)
    except ValueError:
        print("bad", v)
    finally:
        print("finally", v)
    return v
for s in ["5", "0", "x"]:
    r = f(s)
    if r is not None:
        print("got", r + 1)
    else:
        print("none")
def g(xs):
    best = None
    for x in xs:
        try:
            q = 100 // x
        except ZeroDivisionError:
            continue
        if best is None or q > best:
            best = q
    return best
print(g([3, 0, 7]), g([0]))
