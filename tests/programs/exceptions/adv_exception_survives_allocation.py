# caught exception objects survive heavy allocation inside the handler and after a re-raise
def churn(n):
    out = []
    for i in range(n):
        out.append((i, i + 1, str(i)))
    return len(out)
try:
    raise ValueError("keep me " + str(12345))
except ValueError as e:
    total = 0
    for r in range(20):
        total += churn(20000)
    print(total, e, repr(e))
def g():
    try:
        {}["missing" + str(1)]
    except KeyError as e:
        x = churn(100000)
        print(x, e)
        raise
try:
    g()
except KeyError as e2:
    churn(100000)
    print("outer", e2)
