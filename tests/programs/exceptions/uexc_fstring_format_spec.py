# user exceptions inside f-strings: !r, !s, width specs on str(e), and concatenation
class Warn(Exception):
    pass


class Loud(Exception):
    def __str__(self):
        return "LOUD"


w = Warn("careful")
l = Loud("ignored")
print(f"[{w}] [{w!r}] [{w!s}]")
print(f"[{str(w):>12}] [{str(w):<12}] [{str(w):^12}]")
print(f"[{l}] [{l!r}] [{str(l):*^10}]")
print("w=" + str(w) + ", l=" + str(l))
print(f"{type(w).__name__}: {w}")
print("%s / %r" % (w, w))
