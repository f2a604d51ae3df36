# __eq__/__hash__ on a user class: instances as dict keys and set members, dedup and lookup
class Coord:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Coord):
            return False
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"C({self.x},{self.y})"


def neighbors(c: Coord) -> list[Coord]:
    return [Coord(c.x + dx, c.y + dy) for dx, dy in [(0, 1), (1, 0), (0, -1), (-1, 0)]]


walls = {Coord(1, 0), Coord(0, 1), Coord(1, 0)}
print(len(walls), Coord(0, 1) in walls)
dist: dict[Coord, int] = {Coord(0, 0): 0}
frontier = [Coord(0, 0)]
while frontier:
    nxt: list[Coord] = []
    for c in frontier:
        for n in neighbors(c):
            if n in walls or n in dist or abs(n.x) > 2 or abs(n.y) > 2:
                continue
            dist[n] = dist[c] + 1
            nxt.append(n)
    frontier = nxt
print(len(dist), dist[Coord(2, 2)], dist[Coord(-2, -2)])
print(sorted(dist.values())[-3:])
a = Coord(5, 5)
b = Coord(5, 5)
print(a == b, a is b, a != b, hash(a) == hash(b), a == 5)
counts: dict[Coord, int] = {}
for c in [a, b, Coord(1, 1), a]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
