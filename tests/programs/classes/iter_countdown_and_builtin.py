# __iter__ returning self (with __next__) or iter() of a list; errors from __next__ propagate.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Bag:
    def __init__(self):
        self.items = [3, 1, 2]

    def __iter__(self):
        return iter(self.items)


class Fail:
    def __init__(self):
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.k += 1
        if self.k == 3:
            raise ValueError("broken at 3")
        return self.k


for x in Countdown(3):
    print(x)
print([x * 10 for x in Countdown(4)])
total = 0
for y in Bag():
    total += y
print(total)
try:
    for z in Fail():
        print("got", z)
except ValueError as e:
    print("caught", e)
for x in Countdown(5):
    if x == 3:
        break
    print("b", x)
for z in Fail():
    print("again", z)
