from collections import deque

deps = {
    "app": ["lib", "utils", "log"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "log": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}

def topo(graph):
    indeg = {k: 0 for k in graph}
    users = {k: [] for k in graph}
    for k, vs in graph.items():
        for v in vs:
            indeg[k] += 1
            users[v].append(k)
    q = deque(sorted(k for k in graph if indeg[k] == 0))
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                q.append(u)
    if len(order) != len(graph):
        raise ValueError("cycle among " + ", ".join(sorted(k for k in graph if indeg[k] > 0)))
    return order

print(topo(deps))
levels = {}
for n in topo(deps):
    levels[n] = 1 + max([0] + [levels[d] for d in deps[n]])
print(sorted(levels.items(), key=lambda kv: (kv[1], kv[0])))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("error:", e)
deps["core"] = []
q = deque(topo(deps))
q.rotate(2)
print(q, q.index("core"), "app" in q, len(q))
while len(q) > 2:
    q.pop()
    q.popleft()
print(q)
