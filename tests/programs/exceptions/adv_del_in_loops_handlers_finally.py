# del inside loops, handlers and finally in functions; rebinding after del
def g():
    total = 0
    for i in range(3):
        tmp = i * 10
        total += tmp
        del tmp
    try:
        return tmp
    except UnboundLocalError as e:
        print(e)
        return total
print(g())
def h(flag):
    x = [1, 2]
    try:
        if flag:
            raise ValueError("v")
    except ValueError:
        del x
    finally:
        try:
            print("finally", x)
        except UnboundLocalError as e:
            print("finally:", e)
h(False)
h(True)
def k():
    a, b = 1, 2
    del a, b
    a = 5
    return a
print(k())
