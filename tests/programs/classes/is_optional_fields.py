# comparing two Optional[Node] fields with each other via `is` / `is not`
class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.left: "Node | None" = None
        self.right: "Node | None" = None


def describe(n: Node) -> str:
    if n.left is None and n.right is None:
        return n.name + ": leaf"
    if n.left is n.right:
        return n.name + ": both sides share one node"
    if n.left is not None and n.right is not None:
        return n.name + ": two distinct children"
    return n.name + ": one child"


shared = Node("s")
x = Node("x")
x.left = shared
x.right = shared
y = Node("y")
y.left = Node("l")
y.right = Node("r")
z = Node("z")
z.right = shared
w = Node("w")
for n in [x, y, z, w, shared]:
    print(describe(n))
print(x.left is z.right, y.left is y.right, w.left is w.right)
y.right = y.left
print(describe(y), y.left is y.right)
