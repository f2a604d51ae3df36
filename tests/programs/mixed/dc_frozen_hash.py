# frozen dataclasses as dict keys and set members; hash equals hash of the field tuple
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Pos:
    x: int
    y: int

    def moved(self, dx: int, dy: int) -> "Pos":
        return Pos(self.x + dx, self.y + dy)


grid: dict[Pos, str] = {}
p = Pos(0, 0)
for step in range(4):
    grid[p] = "s" + str(step)
    p = p.moved(1, step % 2)
print(grid)
print(Pos(1, 0) in grid, Pos(9, 9) in grid, grid[Pos(2, 1)])
seen = {Pos(1, 1), Pos(1, 1), Pos(2, 2)}
print(len(seen), Pos(2, 2) in seen)
print(hash(Pos(3, 4)) == hash((3, 4)))
try:
    p.x = 10
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    p.x = 10
except AttributeError as e:
    print("attr:", type(e).__name__, e)
print(p, p == Pos(4, 2), p is Pos(4, 2))
