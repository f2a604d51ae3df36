# conditional del of a local then reading it: UnboundLocalError uncaught
def f(c):
    x = 5
    if c:
        del x
    return x
print(f(False))
print(f(True))
