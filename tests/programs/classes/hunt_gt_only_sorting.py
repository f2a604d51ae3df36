class V:
    def __init__(self, k: int, name: str):
        self.k = k
        self.name = name
    def __gt__(self, other):
        print("gt", self.name, other.name)
        return self.k > other.k
    def __repr__(self):
        return self.name

xs = [V(3, "c"), V(1, "a"), V(2, "b"), V(1, "a2")]
print(sorted(xs))
print(min(xs), max(xs))
print(V(1, "x") < V(2, "y"))
xs.sort(reverse=True)
print(xs)
print(max(V(5, "p"), V(5, "q")), min(V(5, "p"), V(5, "q")))
