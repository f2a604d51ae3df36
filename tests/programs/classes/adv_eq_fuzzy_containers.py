# a non-transitive __eq__ used by ==, in, list == and count
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return abs(self.x - o.x) < 2
    def __repr__(self):
        return f"P{self.x}"
print(P(1) == P(2), P(1) in [P(5), P(2)], [P(1)] == [P(2)], [P(1), P(5)].count(P(2)))
