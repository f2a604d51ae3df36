# tree with Optional parent links: `child.parent is node`, walking up to the root by identity
class Tree:
    def __init__(self, name: str) -> None:
        self.name = name
        self.parent: "Tree | None" = None
        self.kids: list[Tree] = []

    def add(self, name: str) -> "Tree":
        k = Tree(name)
        k.parent = self
        self.kids.append(k)
        return k

    def root(self) -> "Tree":
        n = self
        while n.parent is not None:
            n = n.parent
        return n

    def is_ancestor_of(self, other: "Tree") -> bool:
        p = other.parent
        while p is not None:
            if p is self:
                return True
            p = p.parent
        return False


top = Tree("top")
a = top.add("a")
b = top.add("b")
a1 = a.add("a1")
print(a.parent is top, a1.parent is a, a1.parent is top, top.parent is None)
print(a1.root() is top, b.root() is top, top.root() is top)
print(top.is_ancestor_of(a1), a.is_ancestor_of(a1), b.is_ancestor_of(a1), a1.is_ancestor_of(a))
other = Tree("top")
print(other.root() is top, top.is_ancestor_of(other))
print([k.name for k in top.kids if k is not a])
