# truthiness of instances without __bool__, and/or, conditional expressions, tuples, and sets/dicts keyed by identity
class P:
    def __init__(self, n):
        self.n = n
a = P(1)
b = P(2)
print(bool(a), not a, (a or b).n, (a and b).n)
x = a if a.n > 5 else b
print(x.n)
pair = (a, b)
u, v = pair
print(u.n, v.n, pair[1].n)
s = {a, b, a}
print(len(s))
d = {a: "first"}
d[b] = "second"
d[a] = "again"
print(len(d), d[a], d[b])
y = None
if y is None:
    y = P(9)
print(y.n)
