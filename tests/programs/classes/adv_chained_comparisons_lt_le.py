# chained comparisons with __lt__/__le__ and sorted(reverse=True)
class P:
    def __init__(self, x):
        self.x = x
    def __lt__(self, o):
        return self.x < o.x
    def __le__(self, o):
        return self.x <= o.x
    def __repr__(self):
        return f"P{self.x}"
a, b, c = P(1), P(2), P(3)
print(a < b < c, a < c < b, a <= a <= b, sorted([c, a, b], reverse=True))
