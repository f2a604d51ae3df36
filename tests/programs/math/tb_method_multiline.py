import math
class C:
    def __init__(self, v):
        self.v = v
    def grow(self):
        return math.exp(
            self.v
        )
cs = [C(1.0), C(1000.0)]
print(cs[0].grow())
f = lambda x: math.log(x, 1)
try:
    f(5)
except ZeroDivisionError as e:
    print("zde", e, e.args)
vals = {k: math.sqrt(k) for k in range(3)}
print(vals)
for x in [0.5]:
    print(math.acos(x))
try:
    print(max(math.acos(x) for x in [0.5, 1.5]))
except ValueError as e:
    print(repr(e), str(e), e.args)
print(sorted([c.grow() for c in cs]))
