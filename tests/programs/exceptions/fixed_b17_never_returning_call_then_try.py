def fail(x):
    raise KeyError(x)
def f(i):
    k = fail(i)
    try:
        k = k + 1
    except Exception:
        print("p", k)
try:
    f(1)
except KeyError as e:
    print("caught", e)
