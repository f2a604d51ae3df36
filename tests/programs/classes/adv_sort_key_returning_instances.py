# sorted(key=...) returning instances with __lt__, list/tuple ordering of instances
class P:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return self.x < other.x
    def __repr__(self):
        return f"P{self.x}"
class W:
    def __init__(self, v):
        self.v = v
ws = [W(3), W(1), W(2)]
print([w.v for w in sorted(ws, key=lambda w: P(w.v))])
print([P(2), P(1)] < [P(2), P(3)], (P(1), 2) < (P(1), 1))
