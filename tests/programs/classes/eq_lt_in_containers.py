# __eq__ and __lt__ used by in/index/count/sorted/min/max and list ==; __eq__ makes instances unhashable; default identity.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"P({self.v})"


xs = [P(3), P(1), P(2)]
print(P(1) in xs, xs.index(P(2)), xs.count(P(3)))
print(sorted(xs), min(xs), max(xs))
print(xs == [P(3), P(1), P(2)])
d = {}
try:
    d[P(1)] = 1
except TypeError as e:
    print("TypeError:", e)
class Q:
    def __init__(self, v):
        self.v = v
q = Q(1)
print(q == q, q == Q(1), q != Q(1))
s = {q}
print(len(s), q in s)
