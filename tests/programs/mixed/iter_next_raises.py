# an iterator class whose __next__ raises a custom error mid-way; for loop at module level and in a function
class Exhausted(Exception):
    def __init__(self, where: int):
        super().__init__("exhausted at " + str(where))
        self.where = where


class Fuel:
    def __init__(self, amount: int, limit: int):
        self.amount = amount
        self.limit = limit
        self.used = 0

    def __iter__(self) -> "Fuel":
        return self

    def __next__(self) -> int:
        if self.used >= self.amount:
            raise StopIteration
        if self.used >= self.limit:
            raise Exhausted(self.used)
        self.used += 1
        return self.used


def burn(f: Fuel) -> int:
    total = 0
    for x in f:
        total += x
    return total


print(burn(Fuel(4, 10)))
try:
    burn(Fuel(10, 3))
except Exhausted as e:
    print(e, e.where)
print([x * x for x in Fuel(3, 5)])
for x in Fuel(6, 2):
    print("got", x)
