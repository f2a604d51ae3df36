# a __repr__ that recursively includes a list of child instances
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    def add(self, k):
        self.kids.append(k)
        return k
    def __repr__(self):
        if not self.kids:
            return f"N{self.v}"
        return f"N{self.v}{self.kids}"
r = Node(0)
a = r.add(Node(1))
a.add(Node(2)).add(Node(3))
r.add(Node(4))
print(r)
print(repr(r), str([r, a]))
