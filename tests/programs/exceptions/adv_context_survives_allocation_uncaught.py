# exception contexts survive heavy allocation before the chained exception is raised (caught then uncaught)
def churn(n):
    out = []
    for i in range(n):
        out.append((i, str(i)))
    return len(out)
def f():
    try:
        raise ValueError("first " + str(1))
    except ValueError:
        churn(200000)
        raise KeyError("second " + str(2))
try:
    f()
except KeyError as e:
    churn(200000)
    print(e)
def h():
    try:
        raise ValueError("ctx " + str(7))
    except ValueError:
        churn(200000)
        raise KeyError("final " + str(8))
h()
