# break/continue in try body, return/continue in except and else, each passing through finally in for and while loops
def f(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(f(5))
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i < 2:
                continue
            return i * 10
        finally:
            print("fin", i)
    return -1
print(h())
def k():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                break
        except ValueError:
            pass
        else:
            if i == 2:
                continue
            print("else", i)
        finally:
            print("finally", i)
    return i
print(k())
