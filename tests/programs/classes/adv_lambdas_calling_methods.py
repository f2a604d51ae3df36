# lambdas calling methods and reading fields of instances: sorted/min/max keys, filter and map over instances
class P:
    def __init__(self, name, a, b):
        self.name = name
        self.a = a
        self.b = b
    def score(self):
        return self.a * 2 - self.b
    def label(self, prefix="#"):
        return prefix + self.name
ps = [P("x", 3, 1), P("y", 1, 5), P("z", 4, 4), P("w", 2, 0)]
print([p.name for p in sorted(ps, key=lambda p: p.score())])
print([p.name for p in sorted(ps, key=lambda p: (p.b, p.label()), reverse=True)])
print(min(ps, key=lambda p: p.score()).name, max(ps, key=lambda p: p.label("")).name)
print(list(map(lambda p: p.label("@"), ps)), len(list(filter(lambda p: p.score() > 2, ps))))
print(sum(map(lambda p: p.score(), ps)), any(map(lambda p: p.b == 0, ps)))
