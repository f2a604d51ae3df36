class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            if x >= 0:
                yield x


class Pairs:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield (str(i), i * i)
            i += 1


b = Bag([5, -1, 3, 9, 0, -7, 3])
print(list(b), set(b) == {0, 3, 5, 9}, sorted(b), sorted(b, reverse=True))
print(sum(b), sum(b, 100), min(b), max(b), any(b), all(b))
print(min(b, key=lambda v: -v), max(b, key=lambda v: v % 4))
print(list(enumerate(b)), list(enumerate(b, 10)), list(zip(b, "abcdef")))
print(dict(Pairs(4)), list(Pairs(3)), len(list(Pairs(0))))
print([x * 2 for x in b], {x: 1 for x in b})
empty = Bag([-1, -2])
print(list(empty), sum(empty), any(empty), all(empty), sorted(empty))
zeros = Bag([0, 0])
print(any(zeros), all(zeros))
print(sorted(Pairs(5), key=lambda p: -p[1]))
print(", ".join(k for k, v in Pairs(4)))
print(list(map(lambda v: v + 1, b)), list(filter(lambda v: v > 3, b)))
total = 0
for v in b:
    for w in b:
        total += v * w
print(total)
print(sorted(set(b)))
print(max(empty))
