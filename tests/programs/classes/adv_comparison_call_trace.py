# the exact sequence of __lt__/__eq__ calls made by sorted, in, list == and list <
class P:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        print("lt", self.x, other.x)
        return self.x < other.x
    def __eq__(self, other):
        print("eq", self.x, other.x)
        return self.x == other.x
print(sorted([P(3), P(1), P(2)])[0].x)
print(P(1) in [P(3), P(1), P(2)])
print([P(1), P(2)] == [P(1), P(5)])
print([P(1)] < [P(1), P(0)])
