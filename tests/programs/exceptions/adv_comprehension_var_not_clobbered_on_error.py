# a comprehension variable does not clobber an outer variable of the same name when the comprehension raises
x = 100
try:
    ys = [10 // x for x in [5, 0]]
except ZeroDivisionError:
    print("zde")
print(x)
def f():
    v = 7
    try:
        zs = {v: 1 // v for v in [1, 0]}
    except ZeroDivisionError:
        pass
    return v
print(f())
def g():
    w = 3
    try:
        total = sum(1 // w for w in [2, 0])
    except ZeroDivisionError:
        pass
    return w
print(g())
ys = [1]
try:
    ys = [10 // x for x in [5, 0]]
except ZeroDivisionError:
    pass
print(ys)
