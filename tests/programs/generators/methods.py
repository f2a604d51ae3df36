# Generators as methods: `__iter__` written with `yield`, and `yield from` recursion.


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def walk(self, depth):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()


t = Tree(1, [Tree(2, [Tree(4, []), Tree(5, [])]), Tree(3, [Tree(6, [])])])
for v in t:
    print(v)
print([v * 10 for v in t])
for depth, value in t.walk(0):
    print("  " * depth + str(value))
print(list(t.leaves()))
print(sum(t.leaves()), max(t.walk(0)))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


c = Countdown(3)
for x in c:
    for y in c:
        print(x, y)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def cells(self):
        for i, row in enumerate(self.rows):
            for j, value in enumerate(row):
                yield i, j, value

    def column(self, j):
        for row in self.rows:
            yield row[j]


m = Matrix([[1, 2, 3], [4, 5, 6]])
for i, j, v in m.cells():
    print(i, j, v)
print(list(m.column(1)), sum(m.column(2)))


def chain(first, second):
    yield from first
    yield from second
    yield from [5, 6]


print(list(chain([1, 2], range(3, 5))))
