# Operator special methods: arithmetic (and reflected, in-place fallback), comparisons, len, indexing, truth, in, call.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.x if i == 0 else self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __bool__(self):
        return self.x != 0 or self.y != 0


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a != b, a == b, a < b, b > a, b < a)
print(len(a), a[0], a[1])
v = a
v += b
print(v, a)
if Vec(0, 0):
    print("truthy")
else:
    print("falsy")
print(bool(a), not a)


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __len__(self):
        return len(self.items)

    def __call__(self, x):
        return x * len(self.items)


bag = Bag()
bag.add(3)
bag.add(5)
print(3 in bag, 4 in bag, 4 not in bag, len(bag), bag(10))
if bag:
    print("nonempty")
