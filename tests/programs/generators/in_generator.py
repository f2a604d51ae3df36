# `x in generator` resumes it until an item equals x, leaving the rest for later.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i


g = gen(5)
print(2 in g)
print(list(g))
print(9 in gen(3))
print(1.0 in gen(3))
words = (w.upper() for w in "a b c".split())
print("B" in words, "A" in words)


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


def points():
    yield P(1)
    yield P(2)


print(P(2) in points())
