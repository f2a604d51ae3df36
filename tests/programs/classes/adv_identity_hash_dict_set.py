# instances without __eq__/__hash__ as dict keys and set members hash by identity
class P:
    def __init__(self, x):
        self.x = x
a = P(1)
b = P(1)
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
s = {a, b, a}
print(len(s), a in s)
