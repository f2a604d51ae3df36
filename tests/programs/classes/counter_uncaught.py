# An exception raised in a method: the traceback names the method's frame.
class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.count = 0

    def step(self):
        self.count += 1
        if self.count > self.limit:
            raise OverflowError(f"count {self.count} over {self.limit}")
        return self.count


c = Counter(2)
print(c.step(), c.step())
print(c.step())
