# next() of an instance iterator calls __next__; a loop continues where next() left off.
class Counter:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n


c = Counter(3)
print(next(c), next(c))
for x in c:
    print("rest", x)
try:
    next(c)
except StopIteration:
    print("exhausted")
d = Counter(1)
print(next(d))
next(d)
