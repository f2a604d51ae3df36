# a non-frozen dataclass with eq is unhashable: set insertion fails with TypeError, uncaught at the end
from dataclasses import dataclass


@dataclass
class Cell:
    row: int
    col: int


@dataclass(eq=False)
class Node:
    name: str


n1 = Node("a")
n2 = Node("a")
nodes = {n1, n2, n1}
print(len(nodes), n1 == n2, n1 == n1, n1 in nodes, Node("a") in nodes)
try:
    bad = {Cell(0, 0)}
    print(len(bad))
except TypeError as e:
    print("error:", e)
cells = [Cell(1, 2), Cell(1, 2)]
print(cells[0] == cells[1], cells[0] is cells[1], cells.count(Cell(1, 2)))
d: dict[Cell, int] = {}
d[Cell(3, 3)] = 1
print(d)
