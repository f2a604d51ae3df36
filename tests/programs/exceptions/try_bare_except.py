# A bare except catches everything, including BaseException and runtime errors, also after specific clauses.
def risky(k):
    if k == 0:
        return 1 // k
    if k == 1:
        raise BaseException("base")
    if k == 2:
        raise KeyError("missing")
    if k == 3:
        return [1, 2][k]
    if k == 4:
        raise AssertionError("assert")
    return k * 10


def layered(k):
    try:
        risky(k)
    except ZeroDivisionError:
        return "zero"
    except LookupError:
        return "lookup"
    except:
        return "something else"
    return "fine"


for k in range(6):
    try:
        print("result", risky(k))
    except:
        print("bare except caught for", k)
for k in range(6):
    print(k, layered(k))
print("finished")
