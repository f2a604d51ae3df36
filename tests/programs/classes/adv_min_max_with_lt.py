# min/max over instances with __lt__ only (max uses the reflected comparison), and > through __lt__
class P:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return self.x < other.x
    def __repr__(self):
        return f"P{self.x}"
print(max([P(3), P(9), P(2)]), min([P(3), P(9), P(2)]), P(5) > P(4))
