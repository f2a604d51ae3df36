# heapq: a task scheduler, k-way merge by hand, top-k, and Dijkstra's shortest paths.
import heapq

tasks = [(3, "write docs"), (1, "fix prod bug"), (2, "review PR"), (1, "answer pager"), (5, "lunch"), (2, "deploy")]
heap: list[tuple[int, int, str]] = []
for seq, (prio, name) in enumerate(tasks):
    heapq.heappush(heap, (prio, seq, name))
print("heap[0]:", heap[0], "size", len(heap))
order = []
while heap:
    prio, seq, name = heapq.heappop(heap)
    order.append(f"{prio}:{name}")
print(order)

nums = [15, 3, 99, 42, 7, 7, 63, 1, 28, 54]
print(heapq.nlargest(3, nums), heapq.nsmallest(4, nums))
print(heapq.nlargest(2, ["kiwi", "fig", "banana"], key=len))
h = list(nums)
heapq.heapify(h)
print(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 100), h[:3])

lists = [[1, 4, 9], [2, 3, 10, 11], [0, 5], []]
merged: list[int] = []
frontier: list[tuple[int, int, int]] = []
for i, lst in enumerate(lists):
    if lst:
        heapq.heappush(frontier, (lst[0], i, 0))
while frontier:
    v, i, j = heapq.heappop(frontier)
    merged.append(v)
    if j + 1 < len(lists[i]):
        heapq.heappush(frontier, (lists[i][j + 1], i, j + 1))
print(merged)

GRAPH: dict[str, list[tuple[str, int]]] = {
    "A": [("B", 4), ("C", 2)],
    "B": [("C", 5), ("D", 10)],
    "C": [("E", 3)],
    "D": [("F", 11)],
    "E": [("D", 4)],
    "F": [],
    "G": [("A", 1)],
}


def dijkstra(src: str) -> tuple[dict[str, int], dict[str, str]]:
    dist = {src: 0}
    prev: dict[str, str] = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, 10**9):
            continue
        for v, w in GRAPH[u]:
            nd = d + w
            if nd < dist.get(v, 10**9):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


dist, prev = dijkstra("A")
for node in sorted(GRAPH):
    if node not in dist:
        print(f"{node}: unreachable")
        continue
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(f"{node}: {dist[node]:>3} via {'->'.join(reversed(path))}")
