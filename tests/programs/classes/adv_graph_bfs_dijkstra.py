# graph search with vertex objects holding adjacency lists of other vertices
class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.dist = -1
        self.prev = None
    def connect(self, other, w):
        self.edges.append((other, w))
        other.edges.append((self, w))
class Graph:
    def __init__(self):
        self.vs = {}
    def v(self, name):
        if name not in self.vs:
            self.vs[name] = Vertex(name)
        return self.vs[name]
    def edge(self, a, b, w):
        self.v(a).connect(self.v(b), w)
    def bfs(self, start):
        for x in self.vs.values():
            x.dist = -1
        s = self.vs[start]
        s.dist = 0
        queue = [s]
        head = 0
        order = []
        while head < len(queue):
            cur = queue[head]
            head += 1
            order.append(cur.name)
            for nb, w in cur.edges:
                if nb.dist < 0:
                    nb.dist = cur.dist + 1
                    nb.prev = cur
                    queue.append(nb)
        return order
    def path(self, end):
        out = []
        cur = self.vs[end]
        while cur is not None:
            out.append(cur.name)
            cur = cur.prev
        return out[::-1]
    def dijkstra(self, start):
        dist = {n: 10 ** 9 for n in self.vs}
        dist[start] = 0
        done = set()
        while len(done) < len(self.vs):
            best = ""
            for n in self.vs:
                if n not in done and (best == "" or dist[n] < dist[best]):
                    best = n
            done.add(best)
            for nb, w in self.vs[best].edges:
                if dist[best] + w < dist[nb.name]:
                    dist[nb.name] = dist[best] + w
        return dist
g = Graph()
for a, b, w in [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8), ("d", "e", 3), ("f", "g", 1)]:
    g.edge(a, b, w)
print(g.bfs("a"))
print(g.path("e"), g.vs["f"].dist)
print(g.dijkstra("a"))
