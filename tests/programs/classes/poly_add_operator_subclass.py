# __add__ defined in the base and overridden in a subclass, used through base-typed operands
class Amount:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return self.n + other.n

    def __mul__(self, k):
        return self.n * k

    def __neg__(self):
        return -self.n


class Doubled(Amount):
    def __add__(self, other):
        return 2 * self.n + other.n

    def __neg__(self):
        return -2 * self.n


class Capped(Amount):
    def __add__(self, other):
        s = super().__add__(other)
        if s > 10:
            return 10
        return s


xs = [Amount(3), Doubled(4), Capped(8), Amount(1)]
for a in xs:
    row = []
    for b in xs:
        row.append(a + b)
    print(type(a).__name__, row, a * 3, -a)
print(sum([a + xs[0] for a in xs]))
