# a persistent binary search tree with a null object: insert() returns a new base-typed node
class Tree:
    def insert(self, k):
        return Leaf(k)

    def contains(self, k):
        return False

    def size(self):
        return 0

    def height(self):
        return 0

    def items(self):
        return []


class Leaf(Tree):
    def __init__(self, key):
        self.key = key

    def insert(self, k):
        if k < self.key:
            return Branch(self.key, Leaf(k), Tree())
        if k > self.key:
            return Branch(self.key, Tree(), Leaf(k))
        return self

    def contains(self, k):
        return k == self.key

    def size(self):
        return 1

    def height(self):
        return 1

    def items(self):
        return [self.key]


class Branch(Tree):
    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right

    def insert(self, k):
        if k < self.key:
            return Branch(self.key, self.left.insert(k), self.right)
        if k > self.key:
            return Branch(self.key, self.left, self.right.insert(k))
        return self

    def contains(self, k):
        if k == self.key:
            return True
        if k < self.key:
            return self.left.contains(k)
        return self.right.contains(k)

    def size(self):
        return 1 + self.left.size() + self.right.size()

    def height(self):
        return 1 + max(self.left.height(), self.right.height())

    def items(self):
        return self.left.items() + [self.key] + self.right.items()


t = Tree()
versions = [t]
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t = t.insert(k)
    versions.append(t)
print(t.items(), t.size(), t.height())
print([v.size() for v in versions])
print([t.contains(k) for k in [20, 25, 65, 80, 81]])
print(versions[3].items(), versions[3].contains(70), versions[2].contains(70))
print(type(versions[0]).__name__, type(versions[1]).__name__, type(versions[2]).__name__)
