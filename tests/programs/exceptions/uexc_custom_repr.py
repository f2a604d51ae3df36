# a custom __repr__ is used by repr() and when printing containers; str() without __str__ uses args
class Tagged(Exception):
    def __init__(self, tag, n):
        super().__init__(tag)
        self.tag = tag
        self.n = n

    def __repr__(self):
        return "Tagged<" + self.tag + "/" + str(self.n) + ">"


errs = [Tagged("x", 1), Tagged("y", 2)]
print(errs)
for e in errs:
    print(str(e), repr(e), f"{e!r}", f"{e}")
try:
    raise errs[1]
except Tagged as e:
    print("caught", repr(e), e)
