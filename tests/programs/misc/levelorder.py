from collections import deque
from typing import Optional

class Node:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left: Optional[Node] = left
        self.right: Optional[Node] = right

def insert(root: Optional[Node], v: int) -> Node:
    if root is None:
        return Node(v)
    if v < root.val:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root

def levels(root: Optional[Node]) -> list[list[int]]:
    out = []
    if root is None:
        return out
    q = deque([root])
    while q:
        row = []
        for _ in range(len(q)):
            n = q.popleft()
            row.append(n.val)
            lt = n.left
            if lt is not None:
                q.append(lt)
            rt = n.right
            if rt is not None:
                q.append(rt)
        out.append(row)
    return out

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 5, 90, 85]:
    root = insert(root, v)
for i, row in enumerate(levels(root)):
    print(i, row)
zig = []
for i, row in enumerate(levels(root)):
    zig.append(list(reversed(row)) if i % 2 else row)
print(zig)
print(levels(None))
width = max(len(r) for r in levels(root))
print("width", width, "depth", len(levels(root)))
