# str(), print(), repr(), f"{e}" and f"{e!r}" of caught exceptions created in different ways.
def show(k):
    try:
        if k == 0:
            raise ValueError("msg")
        if k == 1:
            raise ValueError
        if k == 2:
            raise ValueError(42)
        if k == 3:
            raise ValueError()
        if k == 4:
            raise KeyError("k")
        if k == 5:
            raise KeyError(7)
        if k == 6:
            raise ValueError("")
        if k == 7:
            raise IndexError("it's quoted")
        if k == 8:
            raise TypeError("tab\there")
        if k == 9:
            raise KeyError
        raise RuntimeError("multi word message")
    except Exception as e:
        print(k, "str:", str(e))
        print(k, "print:", e)
        print(k, "repr:", repr(e))
        print(k, f"fstr: [{e}] [{e!r}]")
        print(k, "len of str:", len(str(e)))


for k in range(11):
    show(k)
