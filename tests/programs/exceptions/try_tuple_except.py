# A tuple of classes in except matches any member (base classes included) and binds the instance with "as".
def trigger(k):
    if k == 0:
        return 5 // (k - k)
    if k == 1:
        return [0][k]
    if k == 2:
        return int("two")
    if k == 3:
        return {"a": 1}["b"]
    if k == 4:
        raise NotImplementedError("later")
    if k == 5:
        raise AttributeError("attr")
    return k


for k in range(7):
    try:
        print("value", trigger(k))
    except (ZeroDivisionError, ValueError) as e:
        print(k, "first tuple:", e)
    except (LookupError, RuntimeError) as e:
        print(k, "second tuple:", repr(e))
    except (AttributeError,):
        print(k, "one-element tuple")
