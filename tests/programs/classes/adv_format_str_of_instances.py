# str.format, %-formatting with width and f-string conversions with format specs on instances with __str__
class P:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return "P" + str(self.x)
p = P(1)
print("{} {}".format(p, P(2)))
print("%s|%s" % (p, p), "%5s|%-4s|" % (p, p))
print(f"{p!s:>6}|{p!s:<4}|{str(p):*^7}")
print("{!r}".format(p).startswith("<__main__.P object at 0x"))
