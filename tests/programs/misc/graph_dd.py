# collections: defaultdict graphs (BFS, topological sort, components) and Counter reports.
from collections import defaultdict, Counter

EDGES = [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
         ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
         ("undershorts", "shoes")]

graph: defaultdict[str, list[str]] = defaultdict(list)
indeg: defaultdict[str, int] = defaultdict(int)
nodes: set[str] = set()
for a, b in EDGES:
    graph[a].append(b)
    indeg[b] += 1
    nodes.add(a)
    nodes.add(b)

ready = sorted(n for n in nodes if indeg[n] == 0)
order: list[str] = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in sorted(graph[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print("topo:", order)
print("graph keys:", list(graph.keys()))
print("watch:", len(graph), "watch" in graph, graph["watch"], len(graph))


def bfs(start: str) -> dict[str, int]:
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt: list[str] = []
        for u in frontier:
            for v in graph.get(u, []):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    nxt.append(v)
        frontier = nxt
    return dist


print(bfs("undershorts"))
undirected: defaultdict[str, set[str]] = defaultdict(set)
for p, q in [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]:
    undirected[str(p)].add(str(q))
    undirected[str(q)].add(str(p))
seen: set[str] = set()
comps: list[list[str]] = []
for start in sorted(undirected):
    if start in seen:
        continue
    comp = []
    stack = [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        comp.append(u)
        stack.extend(sorted(undirected[u]))
    comps.append(sorted(comp))
print("components:", comps)

text = "the rain in spain falls mainly on the plain in the spring"
letters = Counter(c for c in text if c != " ")
words = Counter(text.split())
print(letters.most_common(5))
print(words.most_common(2), words["the"], words["missing"], len(words))
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
lengths = Counter(len(w) for w in text.split())
print(sorted(lengths.items()), sum(lengths.values()))
bigrams = Counter(text[i:i + 2] for i in range(len(text) - 1) if " " not in text[i:i + 2])
print(bigrams.most_common(3))
groups: defaultdict[int, list[str]] = defaultdict(list)
for w in sorted(set(text.split())):
    groups[len(w)].append(w)
print(dict(groups))
