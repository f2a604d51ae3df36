# the composite pattern: a Group is a Shape holding a list of Shapes (groups nest recursively)
class Shape:
    def area(self):
        return 0

    def count(self):
        return 1

    def show(self, depth):
        return "  " * depth + "shape"


class Box(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def show(self, depth):
        return "  " * depth + f"box {self.w}x{self.h}"


class Dot(Shape):
    def show(self, depth):
        return "  " * depth + "dot"


class Group(Shape):
    def __init__(self, name):
        self.name = name
        self.children = []

    def add(self, s):
        self.children.append(s)
        return self

    def area(self):
        return sum([c.area() for c in self.children])

    def count(self):
        n = 0
        for c in self.children:
            n += c.count()
        return n

    def show(self, depth):
        lines = ["  " * depth + f"group {self.name} ({self.area()})"]
        for c in self.children:
            lines.append(c.show(depth + 1))
        return "\n".join(lines)


inner = Group("inner").add(Box(2, 3)).add(Dot())
root = Group("root")
root.add(Box(10, 10))
root.add(inner)
root.add(Group("empty"))
inner.add(Group("deep").add(Box(1, 1)).add(Box(4, 1)))
print(root.show(0))
print(root.area(), root.count(), inner.count())
top = [root, Box(1, 2), Dot()]
print([s.area() for s in top], [s.count() for s in top])
