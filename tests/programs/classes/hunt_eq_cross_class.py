class A:
    def __init__(self, v: int):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
class B:
    def __init__(self, v: int):
        self.v = v
print(A(1) == B(1), B(1) == A(1), A(1) != B(2), B(2) != A(2))
print(A(1) in [A(1)], B(1) == B(1))
