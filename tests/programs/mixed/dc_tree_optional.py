# dataclasses with optional parent links and list children; repr, eq, traversal and depth
from dataclasses import dataclass, field


@dataclass
class Dir:
    name: str
    children: list["Dir"] = field(default_factory=list)
    size: int = 0

    def add(self, d: "Dir") -> "Dir":
        self.children.append(d)
        return d

    def total(self) -> int:
        return self.size + sum([c.total() for c in self.children])

    def walk(self, depth: int, out: list[str]) -> None:
        out.append("  " * depth + f"{self.name} ({self.total()})")
        for c in sorted(self.children, key=lambda d: d.name):
            c.walk(depth + 1, out)


root = Dir("root")
src = root.add(Dir("src", size=10))
src.add(Dir("main.py", size=120))
src.add(Dir("lib.py", size=80))
root.add(Dir("README", size=5))
docs = root.add(Dir("docs"))
lines: list[str] = []
root.walk(0, lines)
print("\n".join(lines))
print(docs, docs == Dir("docs"), docs == Dir("docs", [], 1))
print(src.children[1])
big = [d.name for d in src.children if d.total() > 100]
print(big, root.total())
