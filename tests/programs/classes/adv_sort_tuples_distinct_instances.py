# sorting tuples that tie on the first item then compare distinct instances: TypeError
class P:
    def __init__(self):
        self.v = 1
a = P()
b = P()
print(sorted([(1, a), (1, b)]))
