# Optional instance fields tested by truthiness and `is not None` before use, min/max through the tree
class N:
    def __init__(self, k):
        self.k = k
        self.left = None
        self.right = None
    def add(self, k):
        if k < self.k:
            if self.left:
                self.left.add(k)
            else:
                self.left = N(k)
        else:
            if self.right is not None:
                self.right.add(k)
            else:
                self.right = N(k)
    def size(self):
        s = 1
        if self.left:
            s += self.left.size()
        if self.right:
            s += self.right.size()
        return s
    def minimum(self):
        return self.left.minimum() if self.left else self.k
    def maximum(self):
        node = self
        while node.right is not None:
            node = node.right
        return node.k
root = N(50)
for k in [20, 70, 10, 30, 60, 80, 25, 35, 5]:
    root.add(k)
print(root.size(), root.minimum(), root.maximum(), root.left.right.left.k)
