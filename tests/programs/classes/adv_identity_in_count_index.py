# in / count / index / == of containers holding instances compare by identity
class P:
    def __init__(self, x):
        self.x = x
a = P(1)
b = P(1)
c = a
print(a in [b], a in [c], [a].count(c), [a, b].index(b), a in (b, c), a not in [b])
print([a] == [c], [a] == [b], (a, 1) == (c, 1), {1: a} == {1: c})
