# Binary search tree (variant of bst.py: attributes are set only through narrowed locals): insert, search, delete, traversals, height, and a linked list.
from typing import Optional, Iterator


class Node:
    def __init__(self, key: int, value: str) -> None:
        self.key = key
        self.value = value
        self.left: Optional["Node"] = None
        self.right: Optional["Node"] = None


class BST:
    def __init__(self) -> None:
        self.root: Optional[Node] = None
        self.size = 0

    def insert(self, key: int, value: str) -> None:
        root = self.root
        if root is None:
            self.root = Node(key, value)
            self.size += 1
            return
        cur = root
        while True:
            if key == cur.key:
                cur.value = value
                return
            if key < cur.key:
                nxt = cur.left
                if nxt is None:
                    cur.left = Node(key, value)
                    break
                cur = nxt
            else:
                nxt = cur.right
                if nxt is None:
                    cur.right = Node(key, value)
                    break
                cur = nxt
        self.size += 1

    def get(self, key: int) -> Optional[str]:
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return cur.value
            cur = cur.left if key < cur.key else cur.right
        return None

    def inorder(self) -> Iterator[tuple[int, str]]:
        stack: list[Node] = []
        cur = self.root
        while stack or cur is not None:
            while cur is not None:
                stack.append(cur)
                cur = cur.left
            node = stack.pop()
            yield node.key, node.value
            cur = node.right

    def height(self) -> int:
        return _height(self.root)

    def delete(self, key: int) -> bool:
        before = self.size
        self.root = self._delete(self.root, key)
        return self.size < before

    def _delete(self, node: Optional[Node], key: int) -> Optional[Node]:
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None:
                self.size -= 1
                return node.right
            if node.right is None:
                self.size -= 1
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key, node.value = succ.key, succ.value
            node.right = self._delete(node.right, succ.key)
        return node


def _height(n: Optional[Node]) -> int:
    if n is None:
        return 0
    return 1 + max(_height(n.left), _height(n.right))


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k, f"v{k}")
print("size", t.size, "height", t.height())
print([k for k, _ in t.inorder()])
print(t.get(45), t.get(99), t.get(30))
for k in [20, 30, 50, 99]:
    print("delete", k, t.delete(k), [k2 for k2, _ in t.inorder()], "root", t.root.key if t.root else None)
print("size", t.size, "height", t.height())
name = t.get(65)
if name is not None:
    print(name.upper())
missing = t.get(1)
print(missing is None, repr(missing), f"{missing}")
