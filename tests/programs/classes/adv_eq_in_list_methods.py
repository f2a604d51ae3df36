# __eq__ used by list.remove/index/count, in, dict/tuple equality; ValueError from remove
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
    def __repr__(self):
        return f"P{self.x}"
ps = [P(1), P(2), P(3), P(2)]
ps.remove(P(2))
print(ps, ps.index(P(2)), ps.count(P(2)), P(9) in ps)
try:
    ps.remove(P(9))
except ValueError as e:
    print("ValueError", e)
d = {"a": P(1)}
print(P(1) in d.values(), d == {"a": P(1)}, (P(1), 2) == (P(1), 2))
