# Dicts whose values are lists.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
for node in graph:
    print(node, graph[node], len(graph[node]))
graph["d"].append("a")
print(graph)


def reachable(g, start):
    seen = [start]
    todo = [start]
    while todo:
        n = todo.pop()
        for m in g[n]:
            if m not in seen:
                seen.append(m)
                todo.append(m)
    return sorted(seen)


print(reachable(graph, "b"))
buckets = {}
for n in range(20):
    key = n % 3
    if key not in buckets:
        buckets[key] = []
    buckets[key].append(n)
print(buckets)
