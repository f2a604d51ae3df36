class P:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"
pts = [P(i % 3, i % 2) for i in range(10)]
uniq = set(pts)
print(sorted(uniq), len(uniq))
cnt = {}
for p in pts:
    cnt[p] = cnt.get(p, 0) + 1
print(sorted(cnt.items()))
print(P(1, 1) in pts, pts.count(P(0, 0)), pts.index(P(2, 1)), P(5, 5) in uniq)
print({p: 0 for p in uniq}, sorted(pts)[:3], min(pts), max(pts))
grid = {P(x, y): x * y for x in range(3) for y in range(3)}
print(grid[P(2, 2)], sum(grid.values()), P(1, 2) in grid)
