class A:
    def __init__(self, v: int):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "A(%d)" % self.v

class H:
    def __init__(self, v: int):
        self.v = v
    def __hash__(self):
        return 2**70 + self.v
    def __eq__(self, other):
        return self.v == other.v

class R:
    def __hash__(self):
        raise RuntimeError("nohash")

print(A(1) == A(1), [A(2)].count(A(2)))
print({A(1): "a"}[A(1)], A(3) in {A(3)}, len({A(1), A(1), A(2)}))
print(hash(H(1)), hash(H(-1)), {H(1): 5}[H(1)], len({H(1), H(2), H(1)}))
r = R()
try:
    print({r})
except RuntimeError as e:
    print("RE", e)
try:
    d = {}
    d[r] = 1
except RuntimeError as e:
    print("RE2", e)
print([r].count(r), r in [r], r in (r, r))
try:
    print(r in {R(): 2})
except RuntimeError as e:
    print("RE3", e)
print(hash(r))
