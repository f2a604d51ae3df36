# Four nested try levels each catching one class: the level that handles each raised class is reported.
def raise_kind(k):
    if k == 0:
        raise KeyError("key")
    if k == 1:
        raise ValueError("value")
    if k == 2:
        raise ZeroDivisionError("zero")
    if k == 3:
        raise RuntimeError("runtime")
    return k


def levels(k):
    where = "none"
    try:
        try:
            try:
                try:
                    raise_kind(k)
                except KeyError:
                    where = "level 4"
            except ValueError:
                where = "level 3"
        except ArithmeticError:
            where = "level 2"
    except Exception:
        where = "level 1"
    return where


for k in range(5):
    print(k, levels(k))
