# tuple/list comparisons and sorting where the instance items are the same object
class P:
    def __init__(self):
        self.v = 1
a = P()
print((a, 1) < (a, 2), max([(1, a), (2, a)])[0])
print(sorted([(2, a), (1, a)])[0][0])
print([a, a] == [a, a], (a, 2) == (a, 2), (a, 2) != (a, 3))
