# Iterator classes in a hierarchy, nested loops over them, and a comprehension.
class Seq:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def step(self):
        return 1

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += self.step()
        return self.i


class Evens(Seq):
    def step(self):
        return 2


def total(s):
    t = 0
    for x in s:
        t += x
    return t


print(total(Seq(4)), total(Evens(8)))
pairs = []
for a in Seq(2):
    for b in Evens(4):
        pairs.append((a, b))
print(pairs)
print({x: x * x for x in Evens(6)})
print(sum([x for x in Seq(10) if x % 3 == 0]))
