# Chained exceptions (implicit, "from e", "from None") caught by an outer handler: only the last one is seen; the program goes on.
def implicit():
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("implicit")


def explicit():
    try:
        [1][5]
    except IndexError as e:
        raise KeyError("explicit") from e


def suppressed():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("suppressed") from None


for k in range(3):
    try:
        if k == 0:
            implicit()
        if k == 1:
            explicit()
        if k == 2:
            suppressed()
    except Exception as e:
        print(k, repr(e), str(e))
print("program continues")
