# A recursive binary tree of instances with None children: insert, traverse, height.
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out):
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right is not None:
            self.right.inorder(out)
        return out

    def height(self):
        lh = 0 if self.left is None else self.left.height()
        rh = 0 if self.right is None else self.right.height()
        return 1 + max(lh, rh)


root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(root.inorder([]))
print(root.height())
