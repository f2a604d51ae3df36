# frozen dataclasses as set members: duplicates collapse; equal instances hash equally
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Edge:
    a: int
    b: int


edges = [Edge(1, 2), Edge(2, 3), Edge(1, 2), Edge(3, 1), Edge(2, 3)]
s = set(edges)
print(len(s))
print(sorted(s))
print(Edge(3, 1) in s, Edge(1, 3) in s)
s.add(Edge(1, 3))
s.add(Edge(1, 2))
print(len(s))
s.discard(Edge(2, 3))
print(sorted(s))
print(hash(Edge(5, 6)) == hash(Edge(5, 6)))
print({Edge(0, 0), Edge(0, 0)} == {Edge(0, 0)})
