# __getitem__ receiving slices and negative indexes
class C:
    def __init__(self, xs):
        self.xs = xs
    def __getitem__(self, i):
        return self.xs[i]
c = C([1, 2, 3, 4])
print(c[1:3], c[::-1], c[-1])
