class Never:
    def __init__(self, v: int):
        self.v = v
    def __eq__(self, other):
        return False
    def __hash__(self):
        return 7
    def __repr__(self):
        return f"N{self.v}"

a = Never(1)
b = Never(1)
l = [a, b]
t = (a, b)
print(a in l, b in l, Never(1) in l, a == a, a != a)
print(l.count(a), l.count(Never(1)), l.index(b), t.index(b), t.count(a))
print(l == l, l == [a, b], l == [b, a], t == (a, b), [l] == [l])
d = {a: 1, b: 2}
print(d[a], d[b], a in d, Never(1) in d, len(d))
s = {a, b, a}
print(len(s), a in s, Never(3) in s)
print({1: a} == {1: a}, {a: 1} == {a: 1}, {a} == {a})
try:
    print(l.index(Never(1)))
except ValueError as e:
    print("VE", e)
l.remove(b)
print(l)
