# str, print, f-string, repr and type name of user exceptions without custom __str__/__repr__
class Oops(Exception):
    pass


class Oops2(Oops):
    pass


def show(e):
    print("print:", e)
    print("str: [" + str(e) + "]")
    print(f"fstr: <{e}>")
    print("repr:", repr(e))
    print("name:", type(e).__name__)


show(Oops("simple"))
show(Oops())
show(Oops(42))
show(Oops("a", 2))
show(Oops2("quote's \"both\""))
show(Oops2(""))
show(Oops2("multi\nline"))
