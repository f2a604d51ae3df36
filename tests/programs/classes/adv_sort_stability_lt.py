# stable sorting of instances with __lt__ and equal keys, sorted/sort with reverse
class P:
    def __init__(self, x, tag):
        self.x = x
        self.tag = tag
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return f"{self.tag}{self.x}"
ps = [P(1, "a"), P(0, "b"), P(1, "c"), P(0, "d"), P(2, "e"), P(1, "f")]
print(sorted(ps), sorted(ps, reverse=True))
ps.sort(reverse=True)
print(ps)
