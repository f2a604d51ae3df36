from collections import deque

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
    "#.###...#.",
]

def bfs(grid):
    h, w = len(grid), len(grid[0])
    start = (0, 0)
    goal = (0, 0)
    for r in range(h):
        for c in range(w):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                goal = (r, c)
    dist = {start: 0}
    prev = {}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if (r, c) == goal:
            break
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                prev[(nr, nc)] = (r, c)
                q.append((nr, nc))
    if goal not in dist:
        return -1, []
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    path.reverse()
    return dist[goal], path

d, path = bfs(GRID)
print("distance", d)
rows = [list(row) for row in GRID]
for r, c in path[1:-1]:
    rows[r][c] = "*"
for row in rows:
    print("".join(row))
print(len(path), path[:4])
